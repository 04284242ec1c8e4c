package io.elan.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The matcher against a published assignment example with a known optimum.
 *
 * <p>Source: the SciPy reference documentation of {@code scipy.optimize.linear_sum_assignment} (the Hungarian method),
 * section Examples: the cost matrix {@code [[4, 1, 3], [2, 0, 5], [3, 2, 2]]} is solved by assigning worker 0 to job 1,
 * worker 1 to job 0 and worker 2 to job 2 ({@code col_ind = [1, 0, 2]}), at a total cost of 5.
 *
 * <p>The costs become scores through the goals criterion alone: each worker (a mentee) has five goals, each job (a
 * mentor) offers {@code 5 - cost} of them, and with a weight of 5 a pair scores exactly {@code 5 - cost}. The cheapest
 * assignment is then the one with the highest total score, {@code 3 × 5 - 5 = 10}.
 */
class PublishedAssignmentReferenceTest {
    private static final int[][] COSTS = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
    private static final int MAX_COST = 5;

    @Test
    @DisplayName("the SciPy linear_sum_assignment example: workers 0, 1, 2 to jobs 1, 0, 2 at a total cost of 5")
    void sciPyLinearSumAssignmentExample() {
        MatchingRules rules = MatchingRules.builder()
                .minimumLevelGap(0).targetLevelGap(0).sharedLanguageRequired(false)
                .departmentPreference(DepartmentPreference.NO_PREFERENCE)
                .weights(new CriterionWeights(MAX_COST, 0, 0, 0, 0))
                .build();
        MatchingRequest.Builder request = MatchingRequest.builder().rules(rules);
        for (int job = 0; job < 3; job++) {
            List<String> offered = new ArrayList<>();
            for (int worker = 0; worker < 3; worker++) {
                offered.addAll(goals(worker).subList(0, MAX_COST - COSTS[worker][job]));
            }
            request.mentor(MatchingProfile.builder("job-" + job).topics(offered).build(), 1);
        }
        for (int worker = 0; worker < 3; worker++) {
            request.mentee(MatchingProfile.builder("worker-" + worker).topics(goals(worker)).build());
        }

        Proposal proposal = new MentorMatcher().propose(request.build());

        assertThat(proposal.pairs()).extracting(p -> p.mentee().value() + " -> " + p.mentor().value())
                .containsExactlyInAnyOrder("worker-0 -> job-1", "worker-1 -> job-0", "worker-2 -> job-2");
        long cost = 3L * MAX_COST - proposal.totalScore();
        assertThat(cost).isEqualTo(5);
    }

    private static List<String> goals(int worker) {
        List<String> goals = new ArrayList<>();
        for (int g = 1; g <= MAX_COST; g++) {
            goals.add("worker " + worker + " goal " + g);
        }
        return goals;
    }
}
