package io.elan.mentoring.spi.messaging;

import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;

/**
 * A message handed to one sender by {@link Outbox#claimDue}. The sender settles it with the claim token before the
 * lease expires; after that the outbox may hand it to another sender.
 *
 * @param message the message to send
 * @param claimToken the token proving this claim, unique per claim
 * @param attempt which attempt this is, from 1
 * @param leaseExpiresAt until when no other sender will get this message
 */
public record ClaimedMessage(OutgoingMessage message, String claimToken, int attempt, Instant leaseExpiresAt) {
    /**
     * Validates every field.
     *
     * @param message the message to send
     * @param claimToken the token proving this claim, unique per claim
     * @param attempt which attempt this is, from 1
     * @param leaseExpiresAt until when no other sender will get this message
     */
    public ClaimedMessage {
        Checks.present(message, "message");
        Checks.id(claimToken, "claimToken");
        if (attempt < 1) {
            throw new io.elan.mentoring.spi.InvalidValueException("attempt", "must be at least 1", attempt);
        }
        Checks.present(leaseExpiresAt, "leaseExpiresAt");
    }
}
