package io.elan.mentoring.core.communication.delivery;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import java.util.List;

/**
 * The messages the dispatcher gave up on, for a host to show to the program team and to send again once the cause is
 * fixed (an address corrected, a gateway reconfigured). The dispatcher also logs each dead letter at {@code WARN} and
 * raises a {@link io.elan.mentoring.core.event.MessageDeadLettered} event as it happens. Thread-safe.
 */
public interface DeadLetters {

    /**
     * @param program the program
     * @return the program's dead letters by idempotency key, each with its recipient, channel, attempts, the reason it
     *     was given up on ({@link OutboxEntry#lastError()}) and when ({@link OutboxEntry#settledAt()})
     */
    List<OutboxEntry> list(ProgramId program);

    /**
     * Puts a dead letter back in the outbox, due now, with a fresh set of attempts; the timer call sends it. Its
     * idempotency key does not change, so a gateway that did deliver it once still keeps it from reaching the
     * recipient twice.
     *
     * @param idempotencyKey the message's key, from {@link #list}
     * @return {@code true} if it was a dead letter and is pending again; {@code false} if the tenant's outbox has no
     *     such key or the message is not a dead letter (nothing changed)
     * @throws UnsupportedOperationException if the outbox cannot put dead letters back
     */
    boolean requeue(String idempotencyKey);
}
