package io.elan.mentoring.spi.messaging;

import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A message as the outbox keeps it, with its delivery state.
 *
 * @param message the message
 * @param state where it stands
 * @param attempts how many times it was claimed for sending since it was enqueued or last put back with
 *     {@link Outbox#requeue}; a claim given back unsent with {@link Outbox#release} does not count
 * @param nextAttemptAt when it may be claimed next: its not-before, its retry time or its lease expiry
 * @param lastError the reason of the last failure or of the dead-lettering, if any
 * @param settledAt when it was delivered or dead-lettered, if it was
 */
public record OutboxEntry(OutgoingMessage message, OutboxState state, int attempts, Instant nextAttemptAt,
        @Nullable String lastError, @Nullable Instant settledAt) {

    /**
     * Validates every field.
     *
     * @param message the message
     * @param state where it stands
     * @param attempts how many times it was claimed for sending since it was enqueued or last put back with
     *         {@link Outbox#requeue}; a claim given back unsent with {@link Outbox#release} does not count
     * @param nextAttemptAt when it may be claimed next: its not-before, its retry time or its lease expiry
     * @param lastError the reason of the last failure or of the dead-lettering, if any
     * @param settledAt when it was delivered or dead-lettered, if it was
     */
    public OutboxEntry {
        Checks.present(message, "message");
        Checks.present(state, "state");
        Checks.notNegative(attempts, "attempts");
        Checks.present(nextAttemptAt, "nextAttemptAt");
    }
}
