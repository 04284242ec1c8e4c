package io.elan.mentoring.core.hotline.internal;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.core.event.HotlineRequestRaised;
import io.elan.mentoring.core.event.HotlineRequestStatusChanged;
import io.elan.mentoring.core.hotline.Hotline;
import io.elan.mentoring.core.hotline.OverdueHotlineRequest;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.internal.StableIds;
import io.elan.mentoring.core.program.internal.ProgramSettings;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineStatus;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Hotline} of one tenant. Thread-safe.
 */
public final class HotlineService implements Hotline {

    private static final Set<ProgramStatus> HOTLINE_OPEN = EnumSet.of(ProgramStatus.ENROLLING, ProgramStatus.READY,
            ProgramStatus.RUNNING, ProgramStatus.CLOSING, ProgramStatus.SUSPENDED);
    private static final Set<HotlineStatus> UNANSWERED = EnumSet.of(HotlineStatus.OPEN, HotlineStatus.ASSIGNED);

    private final Engine engine;
    private final TenantId tenant;

    /**
     * @param engine the engine
     * @param tenant the tenant
     */
    public HotlineService(Engine engine, TenantId tenant) {
        this.engine = engine;
        this.tenant = tenant;
    }

    @Override
    public HotlineRequest raise(ProgramId programId, HotlineRequestId id, PersonId raisedBy, HotlineTopic topic,
            String subject, String details) {
        Program program = engine.program(tenant, programId);
        if (!HOTLINE_OPEN.contains(program.status())) {
            throw new RefusedOperationException("program " + programId,
                    "cannot raise a hotline request while the program is " + program.status());
        }
        if (engine.store().findParticipant(tenant, programId, raisedBy).isEmpty()) {
            throw new RefusedOperationException("program " + programId,
                    "cannot raise a hotline request for " + raisedBy + ": not a participant of this program");
        }
        HotlineRequest request = HotlineRequest.raised(id, programId, raisedBy, topic, subject, details,
                engine.now());
        HotlineRequest stored;
        boolean created;
        try {
            stored = engine.store().saveHotlineRequest(tenant, request);
            created = true;
        } catch (VersionConflictException exists) {
            stored = get(programId, id);
            created = false;
        }
        // Appended on a repeated raise too: the derived id makes it a no-op, or completes an earlier failed append.
        engine.activityLog().append(tenant, List.of(new ActivityEvent(
                EventId.of(StableIds.of("hotline", programId.value(), id.value())), programId, null,
                stored.raisedBy(), ActivityKind.HOTLINE_REQUEST, stored.raisedAt(), "engine",
                Map.of("request", id.value(), "topic", stored.topic().name()))));
        if (created) {
            engine.events().deliver(new HotlineRequestRaised(tenant, programId, engine.now(), id, raisedBy, topic));
        }
        return stored;
    }

    @Override
    public HotlineRequest assign(ProgramId program, HotlineRequestId id, PersonId assignee) {
        return change(program, id, HotlineStatus.ASSIGNED, UNANSWERED, r -> r.assignedTo(assignee));
    }

    @Override
    public HotlineRequest answer(ProgramId program, HotlineRequestId id, String answer) {
        return change(program, id, HotlineStatus.ANSWERED, UNANSWERED, r -> r.answered(answer, engine.now()));
    }

    @Override
    public HotlineRequest close(ProgramId program, HotlineRequestId id) {
        return change(program, id, HotlineStatus.CLOSED,
                EnumSet.of(HotlineStatus.OPEN, HotlineStatus.ASSIGNED, HotlineStatus.ANSWERED),
                r -> r.closed(engine.now()));
    }

    private HotlineRequest change(ProgramId programId, HotlineRequestId id, HotlineStatus target,
            Set<HotlineStatus> from, UnaryOperator<HotlineRequest> change) {
        engine.program(tenant, programId);
        record Outcome(HotlineRequest request, @Nullable HotlineRequestStatusChanged event) {}
        Outcome outcome = engine.retry().run(() -> {
            HotlineRequest current = get(programId, id);
            if (!from.contains(current.status())) {
                throw new RefusedOperationException("hotline request " + id,
                        "cannot make a request that is " + current.status() + " " + target);
            }
            HotlineRequest saved = engine.store().saveHotlineRequest(tenant, change.apply(current));
            return new Outcome(saved, current.status() == target ? null
                    : new HotlineRequestStatusChanged(tenant, programId, engine.now(), id, current.status(), target));
        });
        if (outcome.event() != null) {
            engine.events().deliver(outcome.event());
        }
        return outcome.request();
    }

    private HotlineRequest get(ProgramId program, HotlineRequestId id) {
        return engine.store().findHotlineRequest(tenant, program, id)
                .orElseThrow(() -> new NotFoundException("hotline request", id.value()));
    }

    @Override
    public List<HotlineRequest> list(ProgramId program) {
        engine.program(tenant, program);
        return engine.store().hotlineRequests(tenant, program);
    }

    @Override
    public Instant answerDueBy(ProgramId programId, HotlineRequest request) {
        return dueBy(engine.program(tenant, programId), request);
    }

    private Instant dueBy(Program program, HotlineRequest request) {
        int days = ProgramSettings.definition(program).hotlineResponseWorkingDays();
        ZonedDateTime raised = request.raisedAt().atZone(program.zone());
        return engine.workingCalendar().plusWorkingDays(raised.toLocalDate(), days)
                .atTime(raised.toLocalTime()).atZone(program.zone()).toInstant();
    }

    @Override
    public List<OverdueHotlineRequest> overdue(ProgramId programId) {
        Program program = engine.program(tenant, programId);
        Instant now = engine.now();
        return engine.store().hotlineRequests(tenant, programId).stream()
                .filter(r -> UNANSWERED.contains(r.status()))
                .map(r -> new OverdueHotlineRequest(r, dueBy(program, r)))
                .filter(o -> now.isAfter(o.answerDueBy()))
                .toList();
    }
}
