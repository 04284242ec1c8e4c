package io.elan.mentoring.core.event;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.program.ProgramStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A program moved from one lifecycle state to another.
 *
 * @param tenant the tenant that owns the program
 * @param program the program
 * @param occurredAt when the change was stored, from the engine's clock
 * @param from the state before
 * @param to the state after
 * @param version the program's version after the change
 */
public record ProgramStatusChanged(TenantId tenant, ProgramId program, Instant occurredAt, ProgramStatus from,
        ProgramStatus to, long version) implements DomainEvent {
    /**
     * Checks that the common fields are present.
     *
     * @param tenant the tenant that owns the program
     * @param program the program
     * @param occurredAt when the change was stored, from the engine's clock
     * @param from the state before
     * @param to the state after
     * @param version the program's version after the change
     */
    public ProgramStatusChanged {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
