package io.elan.mentoring.core.activity.internal;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.core.activity.ActivityOutcome;
import io.elan.mentoring.core.activity.ActivityReceipt;
import io.elan.mentoring.core.activity.ActivityRefusal;
import io.elan.mentoring.core.activity.ActivityReports;
import io.elan.mentoring.core.activity.PairActivity;
import io.elan.mentoring.core.activity.ReportedActivity;
import io.elan.mentoring.core.engagement.internal.CountingOutcome;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ActivityReports} of one tenant. Thread-safe.
 */
public final class ActivityReportService implements ActivityReports {

    /** Named after the interface hosts call, so that they can find and tune it without knowing this class. */
    private static final Logger LOG = LoggerFactory.getLogger(ActivityReports.class);

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
    public ActivityReceipt recordAttendance(ProgramId program, TouchpointId touchpointId,
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
        ActivityReceipt receipt = report(program, events);
        engine.events().deliver(new AttendanceRecorded(tenant, program, now, touchpointId, ordered));
        return receipt;
    }

    @Override
    public List<Attendance> attendance(ProgramId program, TouchpointId touchpoint) {
        engine.program(tenant, program);
        return engine.store().attendance(tenant, program, touchpoint);
    }

    @Override
    public ActivityReceipt reportPairActivity(ProgramId program, List<PairActivity> reports) {
        engine.program(tenant, program);
        List<ActivityEvent> events = new ArrayList<>();
        for (PairActivity report : reports) {
            String reference = report.reference() == null ? "-" : report.reference();
            String id = StableIds.of("pair", program.value(), report.pair().value(), report.kind().name(),
                    report.occurredAt().toString(), reference);
            events.add(ActivityEvent.ofPair(EventId.of(id), program, report.pair(), report.kind(),
                    report.occurredAt(), "host"));
        }
        return report(program, events);
    }

    private ActivityReceipt report(ProgramId program, List<ActivityEvent> events) {
        List<CountingOutcome> outcomes = engine.activityLog().report(tenant, events);
        List<ReportedActivity> receipt = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            receipt.add(receipt(program, events.get(i), outcomes.get(i)));
        }
        ActivityReceipt result = new ActivityReceipt(receipt);
        if (!result.nothingRefused()) {
            LOG.warn("Refused activity of program {} in tenant {}: {}; the engine's clock reads {}. Refused events"
                    + " are not stored: report them again once the reason is gone.", program.value(),
                    tenant.value(), result.summary(), engine.now());
        }
        return result;
    }

    private static ReportedActivity receipt(ProgramId program, ActivityEvent event, CountingOutcome outcome) {
        return switch (outcome) {
            case COUNTED -> new ReportedActivity(event, ActivityOutcome.APPENDED, null);
            case DUPLICATE -> new ReportedActivity(event, ActivityOutcome.DUPLICATE, null);
            case FUTURE -> ReportedActivity.refused(event, ActivityRefusal.DATED_IN_THE_FUTURE);
            case UNKNOWN_PAIR -> ReportedActivity.refused(event, ActivityRefusal.UNKNOWN_PAIR);
            case UNKNOWN_PERSON -> ReportedActivity.refused(event, ActivityRefusal.UNKNOWN_PERSON);
            case OUTSIDE_PROGRAM -> ReportedActivity.refused(event, ActivityRefusal.OUTSIDE_PROGRAM);
            // The program was read just before; it can only be missing if it vanished meanwhile.
            case UNKNOWN_PROGRAM -> throw new NotFoundException("program", program.value());
            // Reports always name their pair or person: the events are built above with one.
            case MISSING_SUBJECT -> throw new IllegalStateException("an activity event without its pair or person: "
                    + event.id());
        };
    }
}
