package io.elan.mentoring.core.hotline.internal;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.core.communication.broadcast.Notice;
import io.elan.mentoring.core.communication.internal.IdempotencyKeys;
import io.elan.mentoring.core.communication.internal.Truncation;
import io.elan.mentoring.core.event.HotlineRequestRaised;
import io.elan.mentoring.core.event.HotlineRequestStatusChanged;
import io.elan.mentoring.core.hotline.Hotline;
import io.elan.mentoring.core.hotline.OverdueAlerts;
import io.elan.mentoring.core.hotline.OverdueHotlineRequest;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.internal.ProgramSettings;
import io.elan.mentoring.core.internal.StableIds;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineStatus;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Hotline} of one tenant. Thread-safe.
 */
public final class HotlineService implements Hotline {

    private static final Set<ProgramStatus> HOTLINE_OPEN = EnumSet.of(ProgramStatus.ENROLLING, ProgramStatus.READY,
            ProgramStatus.RUNNING, ProgramStatus.CLOSING, ProgramStatus.SUSPENDED);
    private static final Set<HotlineStatus> UNANSWERED = EnumSet.of(HotlineStatus.OPEN, HotlineStatus.ASSIGNED);

    /** Named after the interface hosts call, so that they can find and tune it without knowing this class. */
    private static final Logger LOG = LoggerFactory.getLogger(Hotline.class);
    private static final int TITLE_LENGTH = 200;
    private static final int PARAGRAPH_LENGTH = 4000;

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
    public HotlineRequest answer(ProgramId programId, HotlineRequestId id, String answer) {
        HotlineRequest answered = change(programId, id, HotlineStatus.ANSWERED, UNANSWERED,
                r -> r.answered(answer, engine.now()), r -> answer.equals(r.answer()));
        Program program = engine.program(tenant, programId);
        Notice notice = sendAnswer(program, answered);
        if (!notice.inOutbox()) {
            LOG.warn("The answer to hotline request {} of program {} in tenant {} cannot be sent to {}: {}",
                    id.value(), programId.value(), tenant.value(), answered.raisedBy().value(), notice.reason());
        }
        return answered;
    }

    private Notice sendAnswer(Program program, HotlineRequest request) {
        String key = IdempotencyKeys.derive(tenant, ANSWER_KIND, program.id().value(), request.id().value());
        String answer = Objects.requireNonNull(request.answer(), "an answered request has its answer");
        return engine.notifier().send(tenant, program, request.raisedBy(), ANSWER_KIND, key, "hotline.answer.title",
                engine.now(), writer -> new MessageContent(
                        Truncation.fit(writer.text("hotline.answer.title", request.subject()), TITLE_LENGTH),
                        List.of(writer.text("hotline.answer.intro",
                                        writer.day(request.raisedAt(), "hotline.answer.title")),
                                answer, writer.text("hotline.answer.closing")),
                        List.of(), List.of(), null));
    }

    @Override
    public HotlineRequest close(ProgramId program, HotlineRequestId id) {
        return change(program, id, HotlineStatus.CLOSED,
                EnumSet.of(HotlineStatus.OPEN, HotlineStatus.ASSIGNED, HotlineStatus.ANSWERED),
                r -> r.closed(engine.now()));
    }

    private HotlineRequest change(ProgramId programId, HotlineRequestId id, HotlineStatus target,
            Set<HotlineStatus> from, UnaryOperator<HotlineRequest> change) {
        return change(programId, id, target, from, change, r -> false);
    }

    /** @param done whether the request already is as the change would make it: then it is returned unchanged */
    private HotlineRequest change(ProgramId programId, HotlineRequestId id, HotlineStatus target,
            Set<HotlineStatus> from, UnaryOperator<HotlineRequest> change, Predicate<HotlineRequest> done) {
        engine.program(tenant, programId);
        record Outcome(HotlineRequest request, @Nullable HotlineRequestStatusChanged event) {}
        Outcome outcome = engine.retry().run(() -> {
            HotlineRequest current = get(programId, id);
            if (done.test(current)) {
                return new Outcome(current, null);
            }
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
        return engine.calendars().of(program).plusWorkingDays(raised.toLocalDate(), days)
                .atTime(raised.toLocalTime()).atZone(program.zone()).toInstant();
    }

    @Override
    public List<OverdueHotlineRequest> overdue(ProgramId programId) {
        return overdue(engine.program(tenant, programId), engine.now());
    }

    private List<OverdueHotlineRequest> overdue(Program program, Instant now) {
        return engine.store().hotlineRequests(tenant, program.id()).stream()
                .filter(r -> UNANSWERED.contains(r.status()))
                .map(r -> new OverdueHotlineRequest(r, dueBy(program, r)))
                .filter(o -> now.isAfter(o.answerDueBy()))
                .toList();
    }

    @Override
    public OverdueAlerts alertOverdue(Instant now) {
        Objects.requireNonNull(now, "now");
        List<OverdueHotlineRequest> overdue = new ArrayList<>();
        List<Notice> alerts = new ArrayList<>();
        List<OverdueHotlineRequest> unalerted = new ArrayList<>();
        for (Program program : engine.store().programs(tenant)) {
            if (!HOTLINE_OPEN.contains(program.status())) {
                continue;
            }
            Optional<PersonId> manager = engine.notifier().programManager(program);
            for (OverdueHotlineRequest late : overdue(program, now)) {
                overdue.add(late);
                Set<PersonId> team = new LinkedHashSet<>();
                manager.ifPresent(team::add);
                if (late.request().assignee() != null) {
                    team.add(late.request().assignee());
                }
                if (team.isEmpty()) {
                    unalerted.add(late);
                }
                for (PersonId recipient : team) {
                    alert(program, late, recipient, now).ifPresent(alerts::add);
                }
            }
        }
        Comparator<OverdueHotlineRequest> longestOverdueFirst =
                Comparator.comparing(OverdueHotlineRequest::answerDueBy);
        overdue.sort(longestOverdueFirst);
        unalerted.sort(longestOverdueFirst);
        return new OverdueAlerts(overdue, alerts, unalerted);
    }

    private Optional<Notice> alert(Program program, OverdueHotlineRequest late, PersonId recipient, Instant now) {
        HotlineRequest request = late.request();
        String key = IdempotencyKeys.derive(tenant, ALERT_KIND, program.id().value(), request.id().value(),
                recipient.value());
        int targetDays = ProgramSettings.definition(program).hotlineResponseWorkingDays();
        return engine.notifier().sendIfItLeavesNow(tenant, program, recipient, ALERT_KIND, key, "hotline.alert.title",
                now, writer -> {
                    List<PersonId> named = request.assignee() == null ? List.of(request.raisedBy())
                            : List.of(request.raisedBy(), request.assignee());
                    Map<PersonId, String> names = engine.notifier().names(tenant, named);
                    List<String> paragraphs = new ArrayList<>();
                    paragraphs.add(writer.text("hotline.alert.intro", names.get(request.raisedBy()),
                            writer.text("hotline.topic." + request.topic().name()),
                            writer.day(request.raisedAt(), "hotline.alert.title"),
                            writer.day(late.answerDueBy(), "hotline.alert.title"), targetDays));
                    if (!request.details().isBlank()) {
                        paragraphs.add(Truncation.fit(writer.text("hotline.alert.details", request.details()),
                                PARAGRAPH_LENGTH));
                    }
                    paragraphs.add(request.assignee() == null ? writer.text("hotline.alert.unassigned")
                            : writer.text("hotline.alert.assigned", names.get(request.assignee())));
                    paragraphs.add(writer.text("hotline.alert.advice"));
                    return new MessageContent(
                            Truncation.fit(writer.text("hotline.alert.title", request.subject()), TITLE_LENGTH),
                            paragraphs, List.of(), List.of(), null);
                });
    }
}
