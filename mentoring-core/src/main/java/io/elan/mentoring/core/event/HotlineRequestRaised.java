package io.elan.mentoring.core.event;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineTopic;
import java.time.Instant;
import java.util.Objects;

/**
 * A participant raised a hotline request.
 *
 * @param tenant the tenant that owns the program
 * @param program the program
 * @param occurredAt when the change was stored, from the engine's clock
 * @param request the request
 * @param raisedBy who raised it
 * @param topic question or difficulty
 */
public record HotlineRequestRaised(TenantId tenant, ProgramId program, Instant occurredAt, HotlineRequestId request,
        PersonId raisedBy, HotlineTopic topic) implements DomainEvent {
    /**
     * Checks that the common fields are present.
     *
     * @param tenant the tenant that owns the program
     * @param program the program
     * @param occurredAt when the change was stored, from the engine's clock
     * @param request the request
     * @param raisedBy who raised it
     * @param topic question or difficulty
     */
    public HotlineRequestRaised {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
