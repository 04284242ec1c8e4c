package io.elan.mentoring.spi.activity;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The append-only log of what pairs and participants did. Events are never changed or removed.
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
}
