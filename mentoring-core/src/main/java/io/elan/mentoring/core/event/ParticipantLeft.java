package io.elan.mentoring.core.event;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.program.Role;
import java.time.Instant;
import java.util.Objects;

/**
 * The people directory says a participant left the company: the participant is flagged {@link
 * io.elan.mentoring.spi.program.ParticipantStatus#LEFT}, kept in the program for the team to act on (their pairs are
 * left as they are).
 *
 * @param tenant the tenant that owns the program
 * @param program the program
 * @param occurredAt when the change was stored, from the engine's clock
 * @param person the person
 * @param role their community
 */
public record ParticipantLeft(TenantId tenant, ProgramId program, Instant occurredAt, PersonId person, Role role)
        implements DomainEvent {
    /**
     * Checks that the common fields are present.
     *
     * @param tenant the tenant that owns the program
     * @param program the program
     * @param occurredAt when the change was stored, from the engine's clock
     * @param person the person
     * @param role their community
     */
    public ParticipantLeft {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
