package io.elan.mentoring.core.activity.internal;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.core.activity.ActivityReports;
import io.elan.mentoring.core.activity.PairActivity;
import io.elan.mentoring.core.event.AttendanceRecorded;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.internal.StableIds;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The {@link ActivityReports} of one tenant. Thread-safe.
 */
public final class ActivityReportService implements ActivityReports {

    private final Engine engine;
    private final TenantId tenant;

    /**
     * @param engine the engine
     * @param tenant the tenant
     */
    public ActivityReportService(Engine engine, TenantId tenant) {
        this.engine = engine;
        this.tenant = tenant;
    }

    @Override
    public int recordAttendance(ProgramId program, TouchpointId touchpointId,
            Map<PersonId, AttendanceStatus> attendance) {
        engine.program(tenant, program);
        Touchpoint touchpoint = engine.store().findTouchpoint(tenant, program, touchpointId)
                .orElseThrow(() -> new NotFoundException("touchpoint", touchpointId.value()));
        Set<PersonId> participants = engine.store().participants(tenant, program).stream()
                .map(Participant::person).collect(Collectors.toSet());
        List<PersonId> strangers = attendance.keySet().stream().filter(p -> !participants.contains(p))
                .sorted(Comparator.comparing(PersonId::value)).toList();
        if (!strangers.isEmpty()) {
            throw new RefusedOperationException("touchpoint " + touchpointId,
                    "cannot record attendance of people who are not participants: " + strangers);
        }
        Instant now = engine.now();
        Map<PersonId, AttendanceStatus> ordered = new TreeMap<>(Comparator.comparing(PersonId::value));
        ordered.putAll(attendance);
        List<ActivityEvent> events = new ArrayList<>();
        for (Map.Entry<PersonId, AttendanceStatus> entry : ordered.entrySet()) {
            engine.store().recordAttendance(tenant,
                    new Attendance(program, touchpointId, entry.getKey(), entry.getValue(), now));
            if (entry.getValue() == AttendanceStatus.ATTENDED) {
                events.add(new ActivityEvent(
                        EventId.of(StableIds.of("attended", program.value(), touchpointId.value(),
                                entry.getKey().value())),
                        program, null, entry.getKey(), ActivityKind.TOUCHPOINT_ATTENDED, touchpoint.start(), "engine",
                        Map.of("touchpoint", touchpointId.value(), "format", touchpoint.format().name())));
            }
        }
        int appended = events.isEmpty() ? 0 : engine.activityLog().append(tenant, events);
        engine.events().deliver(new AttendanceRecorded(tenant, program, now, touchpointId, ordered));
        return appended;
    }

    @Override
    public List<Attendance> attendance(ProgramId program, TouchpointId touchpoint) {
        engine.program(tenant, program);
        return engine.store().attendance(tenant, program, touchpoint);
    }

    @Override
    public int reportPairActivity(ProgramId program, List<PairActivity> reports) {
        engine.program(tenant, program);
        List<ActivityEvent> events = new ArrayList<>();
        for (PairActivity report : reports) {
            if (engine.store().findPair(tenant, program, report.pair()).isEmpty()) {
                throw new NotFoundException("pair", report.pair().value());
            }
            String reference = report.reference() == null ? "-" : report.reference();
            String id = StableIds.of("pair", program.value(), report.pair().value(), report.kind().name(),
                    report.occurredAt().toString(), reference);
            events.add(ActivityEvent.ofPair(EventId.of(id), program, report.pair(), report.kind(),
                    report.occurredAt(), "host"));
        }
        return events.isEmpty() ? 0 : engine.activityLog().append(tenant, events);
    }
}
