package io.elan.mentoring.core.matching;

import io.elan.mentoring.matching.Proposal;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;

/**
 * What a program's matching confirmed, as {@link Matching#lastConfirmed} reads it back: every pair formed through a
 * confirmed proposal, with its score and criteria as proposed, and the people the last confirmed proposal left
 * without a pair, each with the reason. A program team confirms a first proposal, then late joiners' proposals; this
 * is the sum of them, so that its {@linkplain Proposal#quality() quality} describes the matching of the whole
 * program. Pairs refused while confirming are not in it; pairs that ended since are, as they were proposed.
 *
 * @param confirmedAt when the last proposal was confirmed
 * @param confirmations how many proposals were confirmed, at least 1
 * @param proposal every pair formed through a confirmed proposal, in the order formed; the people left out, the most
 *     one pair could score, the seats left and whether the weakest were protected are those of the last proposal
 */
public record ConfirmedProposal(Instant confirmedAt, int confirmations, Proposal proposal) {

    /**
     * Checks every field is given and at least one proposal was confirmed.
     * @throws InvalidValueException naming the field
     *
     * @param confirmedAt when the last proposal was confirmed
     * @param confirmations how many proposals were confirmed, at least 1
     * @param proposal every pair formed through a confirmed proposal, in the order formed; the people left out, the
     *         most one pair could score, the seats left and whether the weakest were protected are those of the last
     *         proposal
     */
    public ConfirmedProposal {
        Checks.instant(confirmedAt, "confirmedAt");
        Checks.present(proposal, "proposal");
        if (confirmations < 1) {
            throw new InvalidValueException("confirmations", "must be at least 1",
                    confirmations);
        }
    }
}
