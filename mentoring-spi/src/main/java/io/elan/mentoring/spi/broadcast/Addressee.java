package io.elan.mentoring.spi.broadcast;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recipient of a broadcast or replay, and what was decided for them.
 *
 * @param person the participant
 * @param role their community
 * @param outcome queued, or why not
 * @param channel the channel of the queued message; {@code null} unless queued
 * @param idempotencyKey the outbox key of the queued message; {@code null} unless queued
 * @param catchUp whether they got it in a catch-up digest, having joined after it was published
 * @param at when it was decided
 * @param detail why they were not reached, for people to read; {@code null} when queued
 *     <p>The key and the detail hold no NUL character and no unpaired surrogate, which no store could keep.
 */
public record Addressee(
        PersonId person,
        Role role,
        AddressingOutcome outcome,
        @Nullable Channel channel,
        @Nullable String idempotencyKey,
        boolean catchUp,
        Instant at,
        @Nullable String detail) {

    /**
     * Validates that a queued recipient has a channel and a key, and a skipped one a reason.
     *
     * @param person the participant
     * @param role their community
     * @param outcome queued, or why not
     * @param channel the channel of the queued message; {@code null} unless queued
     * @param idempotencyKey the outbox key of the queued message; {@code null} unless queued
     * @param catchUp whether they got it in a catch-up digest, having joined after it was published
     * @param at when it was decided
     * @param detail why they were not reached, for people to read; {@code null} when queued
     *         <p>The key and the detail hold no NUL character and no unpaired surrogate, which no store could keep.
     */
    public Addressee {
        Checks.present(person, "person");
        Checks.present(role, "role");
        Checks.present(outcome, "outcome");
        Checks.instant(at, "at");
        if (outcome == AddressingOutcome.QUEUED) {
            Checks.present(channel, "channel");
            Checks.present(idempotencyKey, "idempotencyKey");
        } else {
            Checks.present(detail, "detail");
        }
        if (idempotencyKey != null) {
            Checks.storableText(idempotencyKey, "idempotencyKey");
        }
        if (detail != null) {
            Checks.storableText(detail, "detail");
        }
    }
}
