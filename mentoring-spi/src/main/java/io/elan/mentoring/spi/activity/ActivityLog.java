package io.elan.mentoring.spi.activity;

import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The append-only log of what pairs and participants did. Events are never changed, and removed only by the personal
 * data operations: {@link #erase}, {@link #eraseProgram} and {@link #eraseBefore}.
 *
 * <h2>Idempotency</h2>
 * An event whose id is already stored in the tenant is ignored, whatever its content: the first append wins. Appending
 * the same batch twice therefore stores each event once.
 *
 * <h2>Concurrency and failures</h2>
 * Thread-safe; appends and reads may run concurrently, from several nodes sharing one store. An append is atomic:
 * either every new event of the batch is stored or, on {@link StoreException}, none is, and the same batch may simply
 * be appended again.
 */
public interface ActivityLog {

    /**
     * Appends events, skipping those whose id is already stored in the tenant (or repeated within the batch).
     *
     * @param tenant the tenant
     * @param events the events, any order, any program of the tenant
     * @return how many events were newly stored
     */
    int append(TenantId tenant, List<ActivityEvent> events);

    /**
     * Streams a program's events with {@code from <= occurredAt < to}, ordered by {@code occurredAt} then id. The
     * stream may hold a connection: close it (try-with-resources).
     *
     * @param tenant the tenant
     * @param program the program
     * @param from the first instant, inclusive
     * @param to the last instant, exclusive
     * @return the events
     */
    Stream<ActivityEvent> events(TenantId tenant, ProgramId program, Instant from, Instant to);

    /**
     * Counts a program's events with {@code from <= occurredAt < to}.
     *
     * @param tenant the tenant
     * @param program the program
     * @param from the first instant, inclusive
     * @param to the last instant, exclusive
     * @return how many events
     */
    default long count(TenantId tenant, ProgramId program, Instant from, Instant to) {
        try (Stream<ActivityEvent> events = events(tenant, program, from, to)) {
            return events.count();
        }
    }

    /**
     * Erases one person: removes every event about them, and redacts their traces from the attributes of the events
     * that stay. Erasing the same person again finds nothing more to do. Atomic.
     *
     * @param tenant the tenant
     * @param erasure whom to erase and how to recognise them
     * @return how many events were removed or rewritten
     * @throws UnsupportedOperationException unless overridden
     */
    default int erase(TenantId tenant, Erasure erasure) {
        throw Erasure.unsupportedBy(this);
    }

    /**
     * Removes every event of a program, for the retention of closed programs. Atomic.
     *
     * @param tenant the tenant
     * @param program the program
     * @return how many events were removed
     * @throws UnsupportedOperationException unless overridden
     */
    default int eraseProgram(TenantId tenant, ProgramId program) {
        throw Erasure.unsupportedBy(this);
    }

    /**
     * Removes the oldest events of the tenant that occurred strictly before an instant, for the retention of activity.
     *
     * @param tenant the tenant
     * @param before events that occurred strictly before it go
     * @param limit the most events to remove, at least 1
     * @return how many events were removed
     * @throws UnsupportedOperationException unless overridden
     */
    default int eraseBefore(TenantId tenant, Instant before, int limit) {
        throw Erasure.unsupportedBy(this);
    }
}
