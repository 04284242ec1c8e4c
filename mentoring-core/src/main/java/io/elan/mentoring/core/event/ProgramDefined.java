package io.elan.mentoring.core.event;

import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A program was defined (created in {@link io.elan.mentoring.spi.program.ProgramStatus#DRAFT}) or redefined.
 *
 * @param tenant the tenant that owns the program
 * @param program the program
 * @param occurredAt when the change was stored, from the engine's clock
 * @param definition the definition as stored
 * @param version the program's version after the change
 */
public record ProgramDefined(TenantId tenant, ProgramId program, Instant occurredAt, ProgramDefinition definition,
        long version) implements DomainEvent {
    /**
     * Checks that the common fields are present.
     *
     * @param tenant the tenant that owns the program
     * @param program the program
     * @param occurredAt when the change was stored, from the engine's clock
     * @param definition the definition as stored
     * @param version the program's version after the change
     */
    public ProgramDefined {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
