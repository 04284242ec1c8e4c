package io.elan.mentoring.matching;

import io.elan.mentoring.matching.internal.Proposer;
import io.elan.mentoring.spi.InvalidValueException;

/**
 * Proposes mentor–mentee pairs. A proposal never breaks a hard rule nor a capacity, and among all those that do not,
 * it has the most pairs, then the highest total score, then, when the rules protect the weakest, the highest lowest
 * pair score: a true optimum, found as a minimum-cost flow (JGraphT) and proven by its dual solution, not a greedy
 * approximation. The same request gives the same proposal, whatever the order in which it lists people.
 *
 * <pre>{@code
 * MentorMatcher matcher = new MentorMatcher();
 * Proposal proposal = matcher.propose(request);
 * // the team pins one pair and excludes another, then asks again
 * Proposal next = matcher.propose(request.toBuilder().pin(ana, bruno).exclude(carla, dan).build());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class MentorMatcher {

    /** Creates a matcher. */
    public MentorMatcher() {}

    /**
     * @param request the people, rules and decisions
     * @return the optimal proposal, every pair and every person left out explained
     * @throws InvalidValueException naming each pin ({@code pins[i]}) that breaks a hard rule
     */
    public Proposal propose(MatchingRequest request) {
        return Proposer.propose(request);
    }

    /**
     * @param request the people and rules
     * @param pairing a mentor and a mentee of the request
     * @return the hard rules the pairing breaks and the score it would have
     * @throws InvalidValueException if either person is not in the request
     */
    public PairAssessment assess(MatchingRequest request, Pairing pairing) {
        return Proposer.assess(request, pairing);
    }
}
