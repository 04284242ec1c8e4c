package io.elan.mentoring.core.communication.broadcast;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What became of one message the engine wrote to one person of its own accord: the answer to their hotline request, an
 * alert to the program team about a late request or a concern raised in a follow-up call. Immutable and thread-safe.
 *
 * @param recipient who it is for
 * @param kind the message kind, such as {@code "hotline-answer"}
 * @param idempotencyKey its key in the outbox, derived from what it is about and whom it is for: writing it again
 *     gives the same key, and the outbox keeps one message per key
 * @param status queued now, queued before, or not sent
 * @param reason why it was not sent, for people to read; present exactly when {@code status} is
 *     {@link Status#NOT_SENT}
 */
public record Notice(PersonId recipient, String kind, String idempotencyKey, Status status, @Nullable String reason) {

    /** Where a notice stands. */
    public enum Status {
        /** Entered the outbox with this call. */
        QUEUED,
        /** Was in the outbox already, from an earlier call or another node. */
        ALREADY_QUEUED,
        /** Not in the outbox: the recipient cannot be reached, opted out, or no longer takes part. */
        NOT_SENT
    }

    /**
     * Checks every field and that a reason is given exactly for a notice not sent.
     *
     * @param recipient who it is for
     * @param kind the message kind, such as {@code "hotline-answer"}
     * @param idempotencyKey its key in the outbox, derived from what it is about and whom it is for: writing it again
     *         gives the same key, and the outbox keeps one message per key
     * @param status queued now, queued before, or not sent
     * @param reason why it was not sent, for people to read; present exactly when {@code status} is
     *         {@link Status#NOT_SENT}
     * @throws InvalidValueException naming the field and the rule
     */
    public Notice {
        Checks.present(recipient, "recipient");
        Checks.text(kind, "kind", 64);
        Checks.id(idempotencyKey, "idempotencyKey", 200);
        Checks.present(status, "status");
        if (status == Status.NOT_SENT) {
            Checks.text(reason, "reason", 1000);
        } else if (reason != null) {
            throw new InvalidValueException("reason", "must be empty unless the notice was not sent", status);
        }
    }

    /** @return whether the message is in the outbox, from this call or an earlier one */
    public boolean inOutbox() {
        return status != Status.NOT_SENT;
    }
}
