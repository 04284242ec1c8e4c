package io.elan.mentoring.spi.program;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Whether one participant attended one touchpoint. There is at most one per touchpoint and person; recording it again
 * replaces it.
 *
 * @param program the program
 * @param touchpoint the touchpoint
 * @param person the participant
 * @param status attended, absent or excused
 * @param recordedAt when it was recorded
 */
public record Attendance(@NotNull @Valid ProgramId program, @NotNull @Valid TouchpointId touchpoint,
        @NotNull @Valid PersonId person, @NotNull AttendanceStatus status, @NotNull Instant recordedAt) {

    /**
     * Validates every field; the message names the field and the rule.
     *
     * @param program the program
     * @param touchpoint the touchpoint
     * @param person the participant
     * @param status attended, absent or excused
     * @param recordedAt when it was recorded
     */
    public Attendance {
        Checks.present(program, "program");
        Checks.present(touchpoint, "touchpoint");
        Checks.present(person, "person");
        Checks.present(status, "status");
        Checks.instant(recordedAt, "recordedAt");
    }
}
