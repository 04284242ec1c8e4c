package io.elan.mentoring.core.event;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.program.FollowUpCallId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Individual follow-up calls were planned, when the program started or for participants who joined later.
 *
 * @param tenant the tenant that owns the program
 * @param program the program
 * @param occurredAt when the change was stored, from the engine's clock
 * @param calls the calls newly planned, at least one
 */
public record FollowUpCallsPlanned(TenantId tenant, ProgramId program, Instant occurredAt, List<FollowUpCallId> calls)
        implements DomainEvent {
    /**
     * Checks that the common fields are present and copies the collection.
     *
     * @param tenant the tenant that owns the program
     * @param program the program
     * @param occurredAt when the change was stored, from the engine's clock
     * @param calls the calls newly planned, at least one
     */
    public FollowUpCallsPlanned {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(occurredAt, "occurredAt");
        calls = List.copyOf(calls);
    }
}
