package io.elan.mentoring.core.event;

import io.elan.mentoring.scheduling.CalendarDiff;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A program's calendar was planned or re-planned, and the engine stored the touchpoints it added, moved and cancelled.
 * A host that sends calendar invitations sends the added and moved ones, and cancellations for the cancelled ones.
 *
 * @param tenant the tenant that owns the program
 * @param program the program
 * @param occurredAt when the change was stored, from the engine's clock
 * @param diff what changed, never empty, each touchpoint with its SEQUENCE as stored
 */
public record CalendarPlanned(TenantId tenant, ProgramId program, Instant occurredAt, CalendarDiff diff)
        implements DomainEvent {
    /**
     * Checks that every field is present.
     *
     * @param tenant the tenant that owns the program
     * @param program the program
     * @param occurredAt when the change was stored, from the engine's clock
     * @param diff what changed, never empty, each touchpoint with its SEQUENCE as stored
     */
    public CalendarPlanned {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(diff, "diff");
    }
}
