package io.elan.mentoring.core.event;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.TouchpointId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Attendance of a touchpoint was recorded.
 *
 * @param tenant the tenant that owns the program
 * @param program the program
 * @param occurredAt when the change was stored, from the engine's clock
 * @param touchpoint the touchpoint
 * @param attendance each person's attendance as recorded in this call
 */
public record AttendanceRecorded(TenantId tenant, ProgramId program, Instant occurredAt, TouchpointId touchpoint,
        Map<PersonId, AttendanceStatus> attendance) implements DomainEvent {
    /**
     * Checks that the common fields are present and copies the collection.
     *
     * @param tenant the tenant that owns the program
     * @param program the program
     * @param occurredAt when the change was stored, from the engine's clock
     * @param touchpoint the touchpoint
     * @param attendance each person's attendance as recorded in this call
     */
    public AttendanceRecorded {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(occurredAt, "occurredAt");
        attendance = Map.copyOf(attendance);
    }
}
