package io.elan.mentoring.core.event;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A hotline request was assigned, answered or closed.
 *
 * @param tenant the tenant that owns the program
 * @param program the program
 * @param occurredAt when the change was stored, from the engine's clock
 * @param request the request
 * @param from the status before
 * @param to the status after
 */
public record HotlineRequestStatusChanged(TenantId tenant, ProgramId program, Instant occurredAt,
        HotlineRequestId request, HotlineStatus from, HotlineStatus to) implements DomainEvent {
    /**
     * Checks that the common fields are present.
     *
     * @param tenant the tenant that owns the program
     * @param program the program
     * @param occurredAt when the change was stored, from the engine's clock
     * @param request the request
     * @param from the status before
     * @param to the status after
     */
    public HotlineRequestStatusChanged {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
