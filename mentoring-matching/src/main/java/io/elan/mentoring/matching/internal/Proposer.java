package io.elan.mentoring.matching.internal;

import io.elan.mentoring.matching.HardRule;
import io.elan.mentoring.matching.MatchingRequest;
import io.elan.mentoring.matching.PairAssessment;
import io.elan.mentoring.matching.Pairing;
import io.elan.mentoring.matching.Proposal;
import io.elan.mentoring.matching.ProposedPair;
import io.elan.mentoring.matching.Unmatched;
import io.elan.mentoring.matching.UnmatchedReason;
import io.elan.mentoring.matching.internal.AssignmentSolver.Assignment;
import io.elan.mentoring.matching.internal.AssignmentSolver.Pairings;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Computes a {@link Proposal}: applies the pins, lists the pairings the hard rules allow, has
 * {@link AssignmentSolver} find the optimum, protects the weakest pair when the rules ask, and explains every pair
 * and every person left out. Stateless and thread-safe.
 */
public final class Proposer {

    private Proposer() {}

    /**
     * @param request a request
     * @return the proposal
     * @throws InvalidValueException naming each pin ({@code pins[i]}) that breaks a hard rule
     */
    public static Proposal propose(MatchingRequest request) {
        CompiledRequest c = new CompiledRequest(request);
        int n = c.mentees();
        int m = c.mentors();
        int[] remaining = IntStream.range(0, m).map(c::capacity).toArray();
        int[] mentorOf = new int[n];
        Arrays.fill(mentorOf, -1);
        boolean[] pinned = new boolean[n];
        List<Violation> violations = new ArrayList<>();
        for (int k = 0; k < request.pins().size(); k++) {
            Pairing pin = request.pins().get(k);
            int i = c.menteeIndex(pin.mentee());
            int j = c.mentorIndex(pin.mentor());
            List<HardRule> broken = c.broken(i, j);
            if (broken.isEmpty()) {
                mentorOf[i] = j;
                pinned[i] = true;
                remaining[j]--;
            } else {
                violations.add(Violation.of("pins[" + k + "]", "must pass the hard rules, breaks " + broken, pin));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        int[] rowMentee = IntStream.range(0, n).filter(i -> !pinned[i]).toArray();
        Pairings pairings = pairings(c, rowMentee, remaining);
        Assignment best = AssignmentSolver.solve(pairings, 0);
        if (c.rules().protectWeakest() && best.pairs() > 0) {
            best = protectWeakest(pairings, best);
        }
        for (int r = 0; r < rowMentee.length; r++) {
            mentorOf[rowMentee[r]] = best.mentorOf()[r];
        }
        return proposal(c, mentorOf, pinned);
    }

    /**
     * @param request a request
     * @param pairing a mentor and a mentee of the request
     * @return how the rules judge the pairing
     * @throws InvalidValueException if either person is not in the request
     */
    public static PairAssessment assess(MatchingRequest request, Pairing pairing) {
        CompiledRequest c = new CompiledRequest(request);
        int i = c.menteeIndex(pairing.mentee());
        int j = c.mentorIndex(pairing.mentor());
        List<Violation> violations = new ArrayList<>();
        if (j < 0) {
            violations.add(Violation.of("pairing.mentor", "must be a mentor of the request", pairing.mentor()));
        }
        if (i < 0) {
            violations.add(Violation.of("pairing.mentee", "must be a mentee of the request", pairing.mentee()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return new PairAssessment(pairing, c.broken(i, j), c.score(i, j), c.criteria(i, j));
    }

    /** Every pairing of a free mentee with a mentor who has room that passes the hard rules, by mentee. */
    private static Pairings pairings(CompiledRequest c, int[] rowMentee, int[] remaining) {
        int m = c.mentors();
        int[] start = new int[rowMentee.length + 1];
        IntList rows = new IntList();
        IntList mentors = new IntList();
        IntList scores = new IntList();
        for (int r = 0; r < rowMentee.length; r++) {
            int i = rowMentee[r];
            for (int j = 0; j < m; j++) {
                if (remaining[j] > 0 && c.firstBroken(i, j) == null) {
                    rows.add(r);
                    mentors.add(j);
                    scores.add(c.score(i, j));
                }
            }
            start[r + 1] = mentors.size();
        }
        return new Pairings(start, rows.toArray(), mentors.toArray(), scores.toArray(), remaining,
                c.rules().maxPairScore());
    }

    /**
     * Among the assignments as good as {@code best}, finds one whose lowest score is highest: the highest threshold
     * such that the pairings scoring at least that much still give the same number of pairs and total, found by
     * bisection over the scores that occur.
     */
    private static Assignment protectWeakest(Pairings pairings, Assignment best) {
        int[] scores = Arrays.stream(pairings.score()).distinct().sorted().toArray();
        int lowest = Integer.MAX_VALUE;
        for (int r = 0; r < best.mentorOf().length; r++) {
            if (best.mentorOf()[r] >= 0) {
                lowest = Math.min(lowest, scoreOf(pairings, r, best.mentorOf()[r]));
            }
        }
        int low = Arrays.binarySearch(scores, lowest);
        int high = scores.length - 1;
        Assignment kept = best;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            Assignment candidate = AssignmentSolver.solve(pairings, scores[middle]);
            if (candidate.sameValue(best)) {
                low = middle;
                kept = candidate;
            } else {
                high = middle - 1;
            }
        }
        return kept;
    }

    private static int scoreOf(Pairings pairings, int row, int mentor) {
        for (int p = pairings.start()[row]; p < pairings.start()[row + 1]; p++) {
            if (pairings.mentor()[p] == mentor) {
                return pairings.score()[p];
            }
        }
        throw new IllegalStateException("row " + row + " has no pairing with mentor " + mentor);
    }

    private static Proposal proposal(CompiledRequest c, int[] mentorOf, boolean[] pinned) {
        int n = c.mentees();
        int m = c.mentors();
        List<ProposedPair> pairs = new ArrayList<>();
        int[] taken = new int[m];
        List<Unmatched> unmatched = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int j = mentorOf[i];
            if (j >= 0) {
                taken[j]++;
                pairs.add(new ProposedPair(c.mentor(j).person(), c.mentee(i).person(), c.score(i, j), pinned[i],
                        c.criteria(i, j)));
            } else {
                unmatched.add(unmatched(c, Role.MENTEE, i));
            }
        }
        int seatsLeft = 0;
        for (int j = 0; j < m; j++) {
            seatsLeft += c.capacity(j) - taken[j];
            if (c.capacity(j) > 0 && taken[j] == 0) {
                unmatched.add(unmatched(c, Role.MENTOR, j));
            }
        }
        pairs.sort(Comparator.comparing((ProposedPair p) -> p.mentor().value())
                .thenComparing(p -> p.mentee().value()));
        return new Proposal(pairs, unmatched, c.rules().maxPairScore(), seatsLeft, c.rules().protectWeakest());
    }

    /** Why one person is left out: how many of the other side are compatible, and which rule ruled out the rest. */
    private static Unmatched unmatched(CompiledRequest c, Role role, int index) {
        boolean mentee = role == Role.MENTEE;
        int others = mentee ? c.mentors() : c.mentees();
        EnumMap<HardRule, Integer> ruledOut = new EnumMap<>(HardRule.class);
        int compatible = 0;
        for (int other = 0; other < others; other++) {
            HardRule rule = mentee ? c.firstBroken(index, other) : c.firstBroken(other, index);
            if (rule == null) {
                compatible++;
            } else {
                ruledOut.merge(rule, 1, Integer::sum);
            }
        }
        UnmatchedReason reason;
        if (compatible > 0) {
            reason = mentee ? UnmatchedReason.CAPACITY_EXHAUSTED : UnmatchedReason.MENTEES_PAIRED_ELSEWHERE;
        } else if (blockedOnly(ruledOut)) {
            reason = UnmatchedReason.BLOCKED;
        } else {
            reason = mentee ? UnmatchedReason.NO_COMPATIBLE_MENTOR : UnmatchedReason.NO_COMPATIBLE_MENTEE;
        }
        return new Unmatched(mentee ? c.mentee(index).person() : c.mentor(index).person(), role, reason, others,
                ruledOut, compatible);
    }

    /** Whether some people passed every rule but a block or an exclusion. */
    private static boolean blockedOnly(EnumMap<HardRule, Integer> ruledOut) {
        return ruledOut.containsKey(HardRule.BLOCKED) || ruledOut.containsKey(HardRule.EXCLUDED);
    }

    /** A growable list of ints, to hold hundreds of thousands of pairings without boxing them. */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
