package io.elan.mentoring.survey.internal.audit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a figure may be released, given everything already released from the same wave.
 *
 * <h2>The rule</h2>
 * A wave's answers are cells: one per respondent and column, a column being one item's answers or, for counts of
 * respondents, the wave's respondents themselves. Every figure is computed over a set of cells: an item's figures
 * over the cells of the respondents of a group who answered it, a scale's over the cells of its items for the
 * respondents who answered them all, a count of respondents over the group's cells of the respondents column. The
 * released sets split each column into <em>atoms</em>: cells lie in the same atom when every released set holds both
 * or neither. A figure is released only if, with it, every atom it creates holds at least {@code t} respondents
 * (k, or the free-text threshold for comments).
 *
 * <h2>Why this suffices</h2>
 * Let S₁ … Sₘ be the released sets and f any value computed per cell (an answer, 1 for a count, 1 when the answer
 * is a given point or option, the square of an answer). The released figures give, or are functions of, the sums
 * yⱼ = Σ_{c ∈ Sⱼ} f(c). Any combination Σ λⱼ yⱼ, with any rational λ, any number of terms, sums and differences
 * alike, equals Σ_c w(c) f(c) where w(c) = Σ_{j : c ∈ Sⱼ} λⱼ depends on c only through which sets hold it: w is
 * constant on every atom. So every quantity an analyst can derive by linear algebra from released figures is a
 * combination of whole-atom sums, and whatever it pins down involves at least t respondents. Means, shares,
 * quantiles and rank tests are functions of the counts per point over the same sets, so they add no set. A scale's
 * per-respondent figures (Cronbach's alpha uses each respondent's total) are sums over the scale's respondent sets,
 * which are recorded in each of its columns: their parts are unions of atoms of any one of those columns. Comments
 * are released as a multiset over a set of cells of a free-text column; the multiset difference of released sets is
 * again a union of atoms, so comments of fewer than the free-text threshold can never be told apart.
 *
 * <p>Atoms are kept per column. A cell's atom in its column is determined by the same released figures as its atom
 * over all cells, so per-column atoms are never coarser: checking them is never less safe than checking the atoms
 * over all cells.
 *
 * <h2>How</h2>
 * A column with few atoms keeps each as a bit set and tallies a set word by word; one with many keeps, per respondent,
 * the number of its atom (its signature of membership), so that checking and adding a set costs at most two passes
 * over the set (see {@link ColumnAtoms}). Only atoms the new set splits, and respondents no set held yet, are judged:
 * the others were judged when they were made.
 *
 * <p>What the ledger must remember is the partition, not the figures: a set that splits nothing, such as the same
 * figure asked again, leaves it as it was, and the atoms a call made or changed, added to the sets the ledger already
 * holds, induce the new partition exactly. So {@link #recorded()} gives those atoms, disjoint sets that together hold
 * at most one entry per respondent and column, rather than every released set.
 *
 * <p>Respondents are known by the 64-bit fingerprint of their stored token; the rows of the current responses are
 * numbered first, in row order, then respondents known only from the release history. Not thread-safe: the guard
 * builds one audit per call and serialises calls.
 */
public final class ReleaseAudit {

    /** The audit's answer about one candidate figure. */
    public enum Verdict {
        /** The figure may be released. */
        RELEASABLE,
        /** The figure itself stands on fewer respondents than the threshold. */
        TOO_FEW,
        /**
         * Combined with released figures, part of the figure's own respondents, fewer than the threshold, would be
         * told apart: the figure differs from what was released by too few respondents.
         */
        DIFFERS_BY_TOO_FEW,
        /**
         * Combined with released figures, a group of fewer than the threshold outside the figure would be told
         * apart: a released figure minus this one would leave too few respondents.
         */
        LEAVES_TOO_FEW
    }

    private final FingerprintIndex index;
    private final int[] respondentOfRow;
    private final boolean rowsAreRespondents;
    private final int wordAtoms;
    private final Map<String, ColumnAtoms> columns = new LinkedHashMap<>();

    private ReleaseAudit(FingerprintIndex index, int[] respondentOfRow, int wordAtoms) {
        this.index = index;
        this.wordAtoms = wordAtoms;
        this.respondentOfRow = respondentOfRow;
        boolean identity = true;
        for (int row = 0; row < respondentOfRow.length && identity; row++) {
            identity = respondentOfRow[row] == row;
        }
        this.rowsAreRespondents = identity;
    }

    /**
     * @param rowFingerprints the fingerprint of each current response's stored token, by row
     * @param released the sets released so far, by column, as fingerprints
     * @return the audit of the wave, every released set applied
     */
    public static ReleaseAudit of(long[] rowFingerprints, Map<String, List<long[]>> released) {
        return of(rowFingerprints, released, ColumnAtoms.WORD_ATOMS);
    }

    /**
     * @param rowFingerprints the fingerprint of each current response's stored token, by row
     * @param released the sets released so far, by column, as fingerprints
     * @param wordAtoms the most atoms a column keeps as bit sets; the representation changes no verdict
     * @return the audit of the wave, every released set applied
     */
    static ReleaseAudit of(long[] rowFingerprints, Map<String, List<long[]>> released, int wordAtoms) {
        FingerprintIndex index = new FingerprintIndex(rowFingerprints.length);
        int[] respondentOfRow = new int[rowFingerprints.length];
        for (int row = 0; row < rowFingerprints.length; row++) {
            respondentOfRow[row] = index.indexOf(rowFingerprints[row]);
        }
        ReleaseAudit audit = new ReleaseAudit(index, respondentOfRow, wordAtoms);
        released.forEach((column, sets) -> {
            ColumnAtoms atoms = audit.column(column);
            for (long[] set : sets) {
                BitSet members = new BitSet();
                for (long fingerprint : set) {
                    members.set(index.indexOf(fingerprint));
                }
                long[] words = members.toLongArray();
                atoms.tally(words, 0);
                atoms.apply(words);
            }
            atoms.markRemembered();
        });
        return audit;
    }

    /**
     * Releases a figure if the rule allows it, and splits the atoms of every column it is computed over.
     *
     * @param figureColumns the columns the figure is computed over, all with the same rows
     * @param rows the rows of the current responses the figure is computed over
     * @param threshold the fewest respondents any atom may hold
     * @return the verdict; only {@link Verdict#RELEASABLE} released the figure, in all its columns at once
     */
    public Verdict release(List<String> figureColumns, BitSet rows, int threshold) {
        BitSet members = respondents(rows);
        if (members.cardinality() < threshold) {
            return Verdict.TOO_FEW;
        }
        long[] words = members.toLongArray();
        Verdict verdict = Verdict.RELEASABLE;
        List<ColumnAtoms> tallied = new ArrayList<>(figureColumns.size());
        for (String column : figureColumns) {
            ColumnAtoms atoms = column(column);
            tallied.add(atoms);
            ColumnAtoms.Effect effect = atoms.tally(words, threshold);
            if (effect == ColumnAtoms.Effect.SMALL_INSIDE) {
                verdict = Verdict.DIFFERS_BY_TOO_FEW;
                break;
            }
            if (effect == ColumnAtoms.Effect.SMALL_OUTSIDE) {
                verdict = Verdict.LEAVES_TOO_FEW;
            }
        }
        for (ColumnAtoms atoms : tallied) {
            if (verdict == Verdict.RELEASABLE) {
                atoms.apply(words);
            } else {
                atoms.discard();
            }
        }
        return verdict;
    }

    /**
     * @return by column, the atoms this audit made or changed since it was loaded, as fingerprints: what the ledger
     *     must add so that a later audit sees the same atoms
     */
    public Map<String, List<long[]>> recorded() {
        Map<String, List<long[]>> result = new LinkedHashMap<>();
        columns.forEach((column, atoms) -> {
            long[][] sets = atoms.unrememberedAtoms(index::fingerprint);
            if (sets.length > 0) {
                result.put(column, List.of(sets));
            }
        });
        return result;
    }

    private ColumnAtoms column(String column) {
        return columns.computeIfAbsent(column, c -> new ColumnAtoms(wordAtoms));
    }

    private BitSet respondents(BitSet rows) {
        if (rowsAreRespondents) {
            return rows;
        }
        BitSet members = new BitSet();
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            members.set(respondentOfRow[row]);
        }
        return members;
    }
}
