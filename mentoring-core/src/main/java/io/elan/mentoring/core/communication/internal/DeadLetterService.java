package io.elan.mentoring.core.communication.internal;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The messages the dispatcher gave up on, for a host to show to the program team and to send again once the cause is
 * fixed (an address corrected, a gateway reconfigured). The dispatcher also logs each dead letter at {@code WARN} and
 * raises a {@link io.elan.mentoring.core.event.MessageDeadLettered} event as it happens.
 *
 * <p>Immutable and thread-safe if the outbox is.
 */
public final class DeadLetterService {

    private final Outbox outbox;
    private final Clock clock;

    DeadLetterService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param tenant the tenant
     * @param program the program
     * @return the program's dead letters by idempotency key, each with its recipient, channel, attempts, the reason it
     *     was given up on ({@link OutboxEntry#lastError()}) and when ({@link OutboxEntry#settledAt()})
     */
    public List<OutboxEntry> list(TenantId tenant, ProgramId program) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        try (Stream<OutboxEntry> dead = outbox.entries(tenant, program, OutboxState.DEAD)) {
            return dead.toList();
        }
    }

    /**
     * Puts a dead letter back in the outbox, due now, with a fresh set of attempts; the dispatcher sends it on its
     * next run. Its idempotency key does not change, so a gateway that did deliver it once still keeps it from
     * reaching the recipient twice.
     *
     * @param tenant the tenant
     * @param idempotencyKey the message's key, from {@link #list}
     * @return {@code true} if it was a dead letter and is pending again; {@code false} if the tenant's outbox has no
     *     such key or the message is not a dead letter (nothing changed)
     * @throws UnsupportedOperationException if the outbox cannot put dead letters back
     */
    public boolean requeue(TenantId tenant, String idempotencyKey) {
        Objects.requireNonNull(tenant, "tenant");
        Checks.present(idempotencyKey, "idempotencyKey");
        return outbox.requeue(tenant, idempotencyKey, clock.instant());
    }
}
