package io.elan.mentoring.core.activity;

import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.TouchpointId;
import java.util.List;
import java.util.Map;

/**
 * Records what participants and pairs did, into the program store and the activity log.
 *
 * <h2>Idempotency</h2>
 * Every activity event's id is derived from what was reported (program, touchpoint and person for attendance;
 * program, pair, kind, instant and optional reference for pair activity), so reporting the same thing again, or
 * replaying a whole batch after a failure, adds nothing to the log.
 *
 * <h2>Nothing dropped silently</h2>
 * Each call returns an {@link ActivityReceipt} saying, event by event, whether it was appended, was already there, or
 * was refused and why ({@link ActivityRefusal}: dated in the future, unknown pair, outside the program's weeks). A
 * refused event is not stored; report it again once the reason is gone. A batch with refusals is also logged once, at
 * WARN, on the logger named after this interface, with the counts per reason. Thread-safe.
 */
public interface ActivityReports {

    /**
     * Records who attended a touchpoint. Each attendance replaces the person's earlier one; each person who
     * {@link AttendanceStatus#ATTENDED} is also appended to the activity log as a
     * {@link io.elan.mentoring.spi.activity.ActivityKind#TOUCHPOINT_ATTENDED}.
     *
     * @param program the program
     * @param touchpoint a touchpoint of the program
     * @param attendance each person's attendance
     * @return what became of the activity event of each person who attended, by person id
     * @throws NotFoundException if there is no such program or touchpoint
     * @throws io.elan.mentoring.core.RefusedOperationException if a person is not a participant of the program
     */
    ActivityReceipt recordAttendance(ProgramId program, TouchpointId touchpoint,
            Map<PersonId, AttendanceStatus> attendance);

    /**
     * @param program the program
     * @param touchpoint a touchpoint of the program
     * @return the attendance recorded, by person id
     */
    List<Attendance> attendance(ProgramId program, TouchpointId touchpoint);

    /**
     * Appends what pairs report to the activity log. A report naming a pair the program does not have, dated in the
     * future or outside the program's weeks is refused, with that reason in the receipt, and the others are still
     * appended.
     *
     * @param program the program
     * @param reports the reports
     * @return what became of each report, in the order given
     * @throws NotFoundException if there is no such program
     */
    ActivityReceipt reportPairActivity(ProgramId program, List<PairActivity> reports);
}
