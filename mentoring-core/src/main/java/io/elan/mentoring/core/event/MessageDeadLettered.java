package io.elan.mentoring.core.event;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.messaging.Channel;
import java.time.Instant;
import java.util.Objects;

/**
 * The outbox dispatcher gave up on a message: it is a dead letter, kept in the outbox with its reason, and will not be
 * sent unless a host puts it back ({@code communication.deadLetters().requeue(...)}). Raised once, by the node whose
 * outcome the outbox recorded.
 *
 * @param tenant the tenant that owns the program
 * @param program the program the message belongs to
 * @param occurredAt when the outbox recorded the dead letter, from the engine's clock
 * @param idempotencyKey the message's key, to find it in the outbox
 * @param recipient who it was for
 * @param channel the channel it was to go out on
 * @param kind the kind of message
 * @param attempts how many times it was claimed for sending
 * @param reason why it was given up on, as recorded in the outbox
 */
public record MessageDeadLettered(TenantId tenant, ProgramId program, Instant occurredAt, String idempotencyKey,
        PersonId recipient, Channel channel, String kind, int attempts, String reason) implements DomainEvent {
    /**
     * Checks that the common fields are present.
     *
     * @param tenant the tenant that owns the program
     * @param program the program the message belongs to
     * @param occurredAt when the outbox recorded the dead letter, from the engine's clock
     * @param idempotencyKey the message's key, to find it in the outbox
     * @param recipient who it was for
     * @param channel the channel it was to go out on
     * @param kind the kind of message
     * @param attempts how many times it was claimed for sending
     * @param reason why it was given up on, as recorded in the outbox
     */
    public MessageDeadLettered {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
