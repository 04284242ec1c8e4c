package io.elan.mentoring.core.event;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.program.Role;
import java.time.Instant;
import java.util.Objects;

/**
 * A person joined the mentor or the mentee community of a program.
 *
 * @param tenant the tenant that owns the program
 * @param program the program
 * @param occurredAt when the change was stored, from the engine's clock
 * @param person the person
 * @param role the community joined
 */
public record ParticipantEnrolled(TenantId tenant, ProgramId program, Instant occurredAt, PersonId person, Role role)
        implements DomainEvent {
    /**
     * Checks that the common fields are present.
     *
     * @param tenant the tenant that owns the program
     * @param program the program
     * @param occurredAt when the change was stored, from the engine's clock
     * @param person the person
     * @param role the community joined
     */
    public ParticipantEnrolled {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
