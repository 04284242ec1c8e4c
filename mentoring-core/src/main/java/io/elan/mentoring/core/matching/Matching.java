package io.elan.mentoring.core.matching;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.matching.MatchingRequest;
import io.elan.mentoring.matching.PairAssessment;
import io.elan.mentoring.matching.Pairing;
import io.elan.mentoring.matching.Proposal;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.program.PairId;
import java.util.Optional;

/**
 * Proposes pairs for a program and confirms them, through {@link io.elan.mentoring.matching.MentorMatcher}.
 *
 * <h2>The flow</h2>
 * The program team asks for a {@linkplain #propose proposal}, reads each pair's score and criteria and why people are
 * left out, pins or excludes pairings in the {@link MatchingInput} and asks again, then {@linkplain #confirm confirms}:
 * the pairs are formed through {@link io.elan.mentoring.core.program.Pairs#form}, with its events and capacity rule,
 * and the proposal is kept with the program for its report ({@link #lastConfirmed}).
 *
 * <h2>What a proposal is computed from</h2> The program's
 * {@linkplain io.elan.mentoring.core.program.ProgramDefinition#matching() matching rules} (unless the input brings
 * rules of its own), its active mentors and active mentees. Pairs that are not ended never move: their mentees are not
 * proposed again and each mentor's room is the program's capacity (or the mentor's own limit, if lower) less those
 * pairs. So a proposal made after confirming pairs matches late joiners to the room left. A pairing that has ended in
 * the program is never proposed again. Profiles come from the input when given in full, otherwise from the people
 * directory (department, reporting line, languages) completed by the input's {@link ProfileCompletion}.
 *
 * <p>Thread-safe. Proposing reads only; confirming forms pairs one by one, each under the engine's rules.
 */
public interface Matching {

    /**
     * @param program the program
     * @param input the rules, profiles and decisions
     * @return the optimal proposal for the active mentees not yet in a pair
     * @throws NotFoundException if there is no such program
     * @throws InvalidValueException if a pin names someone outside the proposal or breaks a hard rule
     */
    Proposal propose(ProgramId program, MatchingInput input);

    /**
     * Proposes a new mentor for the mentee of an ended pair, among the mentors with room, never the former one;
     * pairs that are not ended do not move.
     *
     * @param program the program
     * @param ended a pair that has ended
     * @param input the rules, profiles and decisions
     * @return a proposal for that mentee alone: one pair, or the reason there is none
     * @throws RefusedOperationException if the pair has not ended, or its mentee is no longer active or is already
     *     in another pair
     */
    Proposal proposeRematch(ProgramId program, PairId ended, MatchingInput input);

    /**
     * Forms the proposal's pairs through the engine. The proposal is checked first against the program as it is now:
     * if any of its pairs can no longer be formed (a participant left, a mentee was paired meanwhile, a mentor is
     * full), nothing is formed and the refusal lists every such pair. A change made by another caller while the pairs
     * are being formed refuses only the pairs it concerns, reported in the result.
     *
     * @param program the program
     * @param proposal a proposal for that program
     * @return the pairs formed and those refused meanwhile
     * @throws RefusedOperationException if the proposal no longer fits the program, naming each pair concerned
     */
    Confirmation confirm(ProgramId program, Proposal proposal);

    /**
     * Reads back what the program's matching confirmed: the pairs formed through every confirmed proposal, with their
     * scores and criteria as proposed, and the people the last one left out, with their reasons. It is kept with the
     * program in the store, so it survives a restart and every engine sharing the store reads the same; a program
     * of more pairs than its settings have room for (about 1,400) keeps none.
     *
     * @param program the program
     * @return what was confirmed, or empty if no proposal was
     * @throws NotFoundException if there is no such program
     */
    Optional<ConfirmedProposal> lastConfirmed(ProgramId program);

    /**
     * @param program the program
     * @param input the rules, profiles and decisions
     * @return the request a proposal would be computed from, to show or to keep
     */
    MatchingRequest request(ProgramId program, MatchingInput input);

    /**
     * @param program the program
     * @param input the rules, profiles and decisions
     * @param pairing an active mentor and an active mentee of the program
     * @return the hard rules the pairing breaks and the score it would have, whether or not it is proposed
     */
    PairAssessment assess(ProgramId program, MatchingInput input, Pairing pairing);
}
