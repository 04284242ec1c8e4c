package io.elan.mentoring.matching;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.validation.Checks;
import java.util.List;
import java.util.Optional;

/**
 * What {@link MentorMatcher} proposes: the pairs, and everyone left without one with the reason. Among all the ways to
 * pair the people of a request under its hard rules and capacities, a proposal has the most pairs, then the highest
 * total score, then, when the rules protect the weakest, the highest lowest pair score. The same request always gives
 * the same proposal. Immutable.
 *
 * @param pairs the pairs, pinned ones included, by mentor then mentee
 * @param unmatched mentees without a mentor, then mentors with room and no mentee, each by id
 * @param maxPairScore the most one pair could score under the rules
 * @param seatsLeft how many more mentees the mentors could still take in all
 * @param weakestProtected whether the proposal was chosen to protect the weakest pair
 */
public record Proposal(List<ProposedPair> pairs, List<Unmatched> unmatched, int maxPairScore, int seatsLeft,
        boolean weakestProtected) {

    /**
     * Copies the lists.
     *
     * @param pairs the pairs, pinned ones included, by mentor then mentee
     * @param unmatched mentees without a mentor, then mentors with room and no mentee, each by id
     * @param maxPairScore the most one pair could score under the rules
     * @param seatsLeft how many more mentees the mentors could still take in all
     * @param weakestProtected whether the proposal was chosen to protect the weakest pair
     */
    public Proposal {
        pairs = Checks.list(pairs, "pairs", Integer.MAX_VALUE);
        unmatched = Checks.list(unmatched, "unmatched", Integer.MAX_VALUE);
        Checks.notNegative(maxPairScore, "maxPairScore");
        Checks.notNegative(seatsLeft, "seatsLeft");
    }

    /** @return the sum of the pairs' scores */
    public long totalScore() {
        return pairs.stream().mapToLong(ProposedPair::score).sum();
    }

    /** @return the lowest pair score, if there is a pair */
    public Optional<Integer> lowestScore() {
        return pairs.stream().map(ProposedPair::score).min(Integer::compare);
    }

    /**
     * @param mentee a mentee
     * @return their proposed pair, if any
     */
    public Optional<ProposedPair> pairOf(PersonId mentee) {
        return pairs.stream().filter(p -> p.mentee().equals(mentee)).findFirst();
    }

    /** @return the mentees left without a mentor */
    public List<Unmatched> unmatchedMentees() {
        return unmatched.stream().filter(u -> u.role() == Role.MENTEE).toList();
    }

    /** @return the mentors with room who get no mentee */
    public List<Unmatched> unmatchedMentors() {
        return unmatched.stream().filter(u -> u.role() == Role.MENTOR).toList();
    }

    /** @return the figures a program team reads first: score distribution and people left out by reason */
    public ProposalQuality quality() {
        return ProposalQuality.of(this);
    }
}
