package io.elan.mentoring.survey.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.elan.mentoring.survey.Steps;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The release audit against a model that recomputes every column's atoms from scratch: for any respondents with
 * random segments and any sequence of cuts (a segment value, the intersection of two, some respondents skipping the
 * item), in one column or another, with restarts over what the audit asked to remember and more respondents arriving,
 * the audit releases exactly the cuts after which no newly made atom holds fewer than the threshold, and says which
 * side of the cut the small atom lies on. Enough cuts are released that columns pass from atoms kept as bit sets to
 * atoms kept per respondent.
 */
class ReleaseAuditProperties {
    private static final int DIMENSIONS = 3;
    private static final int VALUES = 6;

    /** One step: release a cut in a column, or start a new audit over the ledger, with more respondents. */
    record Step(int column, int dimension, int value, int secondDimension, int secondValue, int skipping,
            int arriving) {
        boolean restart() {
            return arriving > 0;
        }

        @Override
        public String toString() {
            if (restart()) {
                return "restart over the ledger with " + arriving + " more respondents";
            }
            String cut = "d" + dimension + "=" + value
                    + (secondDimension != dimension ? " and d" + secondDimension + "=" + secondValue : "");
            return "release " + cut + " in column c" + column + (skipping > 0 ? ", " + skipping + " skipping" : "");
        }
    }

    @Test
    @DisplayName("for any cuts, skipped answers, restarts over the ledger and late respondents, the audit releases a"
            + " figure exactly when every atom it makes holds at least the threshold, as atoms recomputed from"
            + " scratch say")
    void agreesWithAtomsRecomputedFromScratch() {
        check(ColumnAtoms.WORD_ATOMS);
    }

    @Test
    @DisplayName("the same with every column keeping its atoms per respondent from the start")
    void agreesWithAtomsPerRespondent() {
        check(0);
    }

    @Test
    @DisplayName("the same with every column keeping its atoms as bit sets however many there are")
    void agreesWithAtomsAsBitSets() {
        check(Integer.MAX_VALUE);
    }

    private static void check(int wordAtoms) {
        qt().withExamples(100).withShrinkCycles(500)
                .forAll(integers().between(2, 5), longs().all(), steps())
                .checkAssert((threshold, seed, steps) -> agrees(threshold, seed, steps, wordAtoms));
    }

    private static void agrees(int threshold, long seed, List<Step> steps, int wordAtoms) {
        SplittableRandom random = new SplittableRandom(seed);
        List<int[]> segments = new ArrayList<>();
        int respondents = 120;
        grow(segments, respondents, random);
        Map<String, List<long[]>> ledger = new HashMap<>();
        ReleaseAudit audit = ReleaseAudit.of(fingerprints(respondents), ledger, wordAtoms);
        Map<String, List<Set<Integer>>> model = new HashMap<>();
        for (Step step : steps) {
            if (step.restart()) {
                audit.recorded().forEach((column, sets) -> ledger.computeIfAbsent(column, c -> new ArrayList<>())
                        .addAll(sets));
                respondents += step.arriving();
                grow(segments, respondents, random);
                audit = ReleaseAudit.of(fingerprints(respondents), ledger, wordAtoms);
                continue;
            }
            Set<Integer> cut = new HashSet<>();
            for (int r = 0; r < respondents; r++) {
                int[] values = segments.get(r);
                if (values[step.dimension()] == step.value() && values[step.secondDimension()] == step.secondValue()
                        && Math.floorMod(r * 31 + step.column() * 7, 40) >= step.skipping()) {
                    cut.add(r);
                }
            }
            String column = "c" + step.column();
            List<Set<Integer>> released = model.computeIfAbsent(column, c -> new ArrayList<>());
            ReleaseAudit.Verdict expected = verdict(released, cut, threshold);
            BitSet rows = new BitSet();
            cut.forEach(rows::set);
            assertThat(audit.release(List.of(column), rows, threshold))
                    .as("%s: %d respondents, threshold %d", step, cut.size(), threshold).isEqualTo(expected);
            if (expected == ReleaseAudit.Verdict.RELEASABLE) {
                released.add(cut);
            }
        }
    }

    /** The rule, from scratch: the atoms the cut makes that were not atoms before must each hold the threshold. */
    private static ReleaseAudit.Verdict verdict(List<Set<Integer>> released, Set<Integer> cut, int threshold) {
        if (cut.size() < threshold) {
            return ReleaseAudit.Verdict.TOO_FEW;
        }
        Set<Set<Integer>> before = new HashSet<>(atoms(released));
        List<Set<Integer>> with = new ArrayList<>(released);
        with.add(cut);
        boolean smallInside = false;
        boolean smallOutside = false;
        for (Set<Integer> atom : atoms(with)) {
            if (!before.contains(atom) && atom.size() < threshold) {
                if (cut.containsAll(atom)) {
                    smallInside = true;
                } else {
                    smallOutside = true;
                }
            }
        }
        return smallInside ? ReleaseAudit.Verdict.DIFFERS_BY_TOO_FEW
                : smallOutside ? ReleaseAudit.Verdict.LEAVES_TOO_FEW : ReleaseAudit.Verdict.RELEASABLE;
    }

    private static List<Set<Integer>> atoms(List<Set<Integer>> sets) {
        Map<Integer, BitSet> signatures = new HashMap<>();
        for (int s = 0; s < sets.size(); s++) {
            for (int r : sets.get(s)) {
                signatures.computeIfAbsent(r, x -> new BitSet()).set(s);
            }
        }
        Map<BitSet, Set<Integer>> atoms = new LinkedHashMap<>();
        signatures.forEach((r, signature) -> atoms.computeIfAbsent(signature, x -> new HashSet<>()).add(r));
        return new ArrayList<>(atoms.values());
    }

    private static void grow(List<int[]> segments, int respondents, SplittableRandom random) {
        while (segments.size() < respondents) {
            int[] values = new int[DIMENSIONS];
            for (int d = 0; d < DIMENSIONS; d++) {
                values[d] = random.nextInt(VALUES);
            }
            segments.add(values);
        }
    }

    private static long[] fingerprints(int respondents) {
        long[] fingerprints = new long[respondents];
        for (int r = 0; r < respondents; r++) {
            fingerprints[r] = r * 0x9E37_79B9_7F4A_7C15L + 17;
        }
        return fingerprints;
    }

    private static Gen<List<Step>> steps() {
        Gen<Integer> dimension = integers().between(0, DIMENSIONS - 1);
        Gen<Integer> value = integers().between(0, VALUES - 1);
        Gen<Step> release = integers().between(0, 1).zip(dimension, value, dimension,
                (column, d, v, second) -> new int[] {column, d, v, second})
                .zip(value, integers().between(0, 3), (parts, secondValue, skipping) -> new Step(parts[0], parts[1],
                        parts[2], parts[3], parts[3] == parts[1] ? parts[2] : secondValue, skipping, 0));
        Gen<Step> restart = integers().between(0, 12).map(arriving -> new Step(0, 0, 0, 0, 0, 0, 1 + arriving));
        return Steps.upTo(integers().between(0, 9).flatMap(pick -> pick == 0 ? restart : release), 60);
    }
}
