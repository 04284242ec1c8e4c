package io.elan.mentoring.core.event;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.FollowUpCallId;
import java.time.Instant;
import java.util.Objects;

/**
 * A follow-up call was logged with its outcome.
 *
 * @param tenant the tenant that owns the program
 * @param program the program
 * @param occurredAt when the change was stored, from the engine's clock
 * @param call the call
 * @param person who was called
 * @param outcome what came of it
 */
public record FollowUpCallLogged(TenantId tenant, ProgramId program, Instant occurredAt, FollowUpCallId call,
        PersonId person, CallOutcome outcome) implements DomainEvent {
    /**
     * Checks that the common fields are present.
     *
     * @param tenant the tenant that owns the program
     * @param program the program
     * @param occurredAt when the change was stored, from the engine's clock
     * @param call the call
     * @param person who was called
     * @param outcome what came of it
     */
    public FollowUpCallLogged {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
