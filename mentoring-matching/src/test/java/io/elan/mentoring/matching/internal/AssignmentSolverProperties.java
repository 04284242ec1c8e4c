package io.elan.mentoring.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.elan.mentoring.matching.internal.AssignmentSolver.Assignment;
import io.elan.mentoring.matching.internal.AssignmentSolver.Pairings;
import io.elan.mentoring.matching.internal.AssignmentSolver.Selection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The solver's answer is optimal whatever pairings it starts from: started from a single pairing per mentee (and none
 * chosen for the mentors, whose capacities here are at most 3), it must prove optimality through JGraphT's potentials
 * and add what breaks the condition, round after round; more than one case in ten needs a second round.
 */
class AssignmentSolverProperties {

    /** Scores by mentee and mentor, -1 where the pairing is not allowed, and each mentor's capacity. */
    record Instance(int[][] scores, int[] capacities, int maxScore, int minScore) {
        Pairings pairings() {
            List<Integer> rows = new ArrayList<>();
            List<Integer> mentors = new ArrayList<>();
            List<Integer> values = new ArrayList<>();
            int[] start = new int[scores.length + 1];
            for (int r = 0; r < scores.length; r++) {
                for (int j = 0; j < capacities.length; j++) {
                    if (scores[r][j] >= 0) {
                        rows.add(r);
                        mentors.add(j);
                        values.add(scores[r][j]);
                    }
                }
                start[r + 1] = mentors.size();
            }
            return new Pairings(start, ints(rows), ints(mentors), ints(values), capacities, maxScore);
        }

        @Override
        public String toString() {
            return "scores " + Arrays.deepToString(scores) + ", capacities " + Arrays.toString(capacities)
                    + ", scores of at least " + minScore;
        }

        private static int[] ints(List<Integer> values) {
            return values.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static final Gen<Instance> INSTANCES = in -> {
        int rows = integers().between(0, 7).generate(in);
        int mentors = integers().between(0, 5).generate(in);
        int maxScore = integers().between(0, 12).generate(in);
        int[][] scores = new int[rows][mentors];
        for (int[] row : scores) {
            for (int j = 0; j < mentors; j++) {
                row[j] = integers().between(-1, maxScore).generate(in);
            }
        }
        int[] capacities = new int[mentors];
        for (int j = 0; j < mentors; j++) {
            capacities[j] = integers().between(0, 3).generate(in);
        }
        return new Instance(scores, capacities, maxScore, integers().between(0, maxScore).generate(in));
    };

    @Test
    @DisplayName("started from one pairing per mentee, the solver still finds the most pairs, then the highest total, "
            + "adding the pairings the potentials show it lacks")
    void startedFromOnePairingPerMenteeTheSolverIsStillOptimal() {
        AtomicInteger cases = new AtomicInteger();
        AtomicInteger solvedAgain = new AtomicInteger();
        qt().withExamples(600).withShrinkCycles(500).forAll(INSTANCES).checkAssert(instance -> {
            Assignment minimal = AssignmentSolver.solve(instance.pairings(), instance.minScore(),
                    new Selection(1, -3, 1));
            cases.incrementAndGet();
            if (minimal.rounds() > 1) {
                solvedAgain.incrementAndGet();
            }
            long[] best = bruteForce(instance, 0, instance.capacities().clone(), 0, 0);
            assertThat(minimal.pairs()).as("pairs").isEqualTo(best[0]);
            assertThat(minimal.total()).as("total").isEqualTo(best[1]);
            int[] taken = new int[instance.capacities().length];
            long total = 0;
            for (int r = 0; r < instance.scores().length; r++) {
                int j = minimal.mentorOf()[r];
                if (j >= 0) {
                    assertThat(instance.scores()[r][j]).as("row %d's pairing", r)
                            .isGreaterThanOrEqualTo(instance.minScore());
                    taken[j]++;
                    total += instance.scores()[r][j];
                }
            }
            assertThat(total).isEqualTo(minimal.total());
            for (int j = 0; j < taken.length; j++) {
                assertThat(taken[j]).as("mentor %d", j).isLessThanOrEqualTo(instance.capacities()[j]);
            }
            Assignment usual = AssignmentSolver.solve(instance.pairings(), instance.minScore());
            assertThat(usual.sameValue(minimal)).as("the usual selection agrees").isTrue();
        });
        assertThat(100.0 * solvedAgain.get() / cases.get())
                .as("%% of %d cases where the potentials sent pairings back to the flow", cases.get())
                .isGreaterThan(10.0);
    }

    /** The best (pairs, total) over every assignment of rows {@code r} onwards. */
    private static long[] bruteForce(Instance instance, int r, int[] remaining, long pairs, long total) {
        if (r == instance.scores().length) {
            return new long[] {pairs, total};
        }
        long[] best = bruteForce(instance, r + 1, remaining, pairs, total);
        for (int j = 0; j < remaining.length; j++) {
            int score = instance.scores()[r][j];
            if (score >= instance.minScore() && remaining[j] > 0) {
                remaining[j]--;
                long[] found = bruteForce(instance, r + 1, remaining, pairs + 1, total + score);
                remaining[j]++;
                if (found[0] > best[0] || found[0] == best[0] && found[1] > best[1]) {
                    best = found;
                }
            }
        }
        return best;
    }
}
