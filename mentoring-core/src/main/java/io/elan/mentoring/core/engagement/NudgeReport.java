package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import java.util.List;

/**
 * What {@link Engagement#nudge} did: the messages it enqueued and those it held back, with why. Immutable and
 * thread-safe.
 *
 * @param enqueued messages newly stored in the outbox, nudges then escalations
 * @param suppressed messages considered and not enqueued
 */
public record NudgeReport(List<OutgoingMessage> enqueued, List<Suppressed> suppressed) {

    /**
     * Copies the lists.
     *
     * @param enqueued messages newly stored in the outbox, nudges then escalations
     * @param suppressed messages considered and not enqueued
     */
    public NudgeReport {
        enqueued = List.copyOf(enqueued);
        suppressed = List.copyOf(suppressed);
    }

    /**
     * One message held back.
     *
     * @param recipient who would have received it
     * @param finding the finding it was about
     * @param escalation whether it was an escalation to the program manager
     * @param reason why it was held back
     */
    public record Suppressed(PersonId recipient, Finding finding, boolean escalation, Suppression reason) {
        /**
         * Validates every field.
         *
         * @param recipient who would have received it
         * @param finding the finding it was about
         * @param escalation whether it was an escalation to the program manager
         * @param reason why it was held back
         */
        public Suppressed {
            Checks.present(recipient, "recipient");
            Checks.present(finding, "finding");
            Checks.present(reason, "reason");
        }
    }
}
