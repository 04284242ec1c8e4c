package io.elan.mentoring.core.followup.internal;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.core.communication.broadcast.Notice;
import io.elan.mentoring.core.communication.internal.IdempotencyKeys;
import io.elan.mentoring.core.communication.internal.Truncation;
import io.elan.mentoring.core.event.FollowUpCallLogged;
import io.elan.mentoring.core.event.FollowUpCallsPlanned;
import io.elan.mentoring.core.followup.FollowUpCalls;
import io.elan.mentoring.core.followup.FollowUpWindow;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.internal.ProgramSettings;
import io.elan.mentoring.core.internal.StableIds;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.CallStatus;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.FollowUpCallId;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link FollowUpCalls} of one tenant, and the planning the program services call on start and late enrolment.
 * Thread-safe.
 */
public final class FollowUpCallService implements FollowUpCalls {

    /** Named after the interface hosts call, so that they can find and tune it without knowing this class. */
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpCalls.class);
    private static final int TITLE_LENGTH = 200;

    private final Engine engine;
    private final TenantId tenant;

    /**
     * @param engine the engine
     * @param tenant the tenant
     */
    public FollowUpCallService(Engine engine, TenantId tenant) {
        this.engine = engine;
        this.tenant = tenant;
    }

    @Override
    public List<FollowUpCall> plan(ProgramId programId) {
        Program program = engine.program(tenant, programId);
        if (program.status() != ProgramStatus.RUNNING) {
            throw new RefusedOperationException("program " + programId,
                    "cannot plan follow-up calls while " + program.status() + ": calls are planned once RUNNING");
        }
        return planFor(program, engine.store().participants(tenant, programId));
    }

    /**
     * Plans the missing calls of the given participants (the inactive ones are skipped) and tells the listeners.
     *
     * @param program the program
     * @param participants the participants
     * @return the calls newly planned
     */
    public List<FollowUpCall> planFor(Program program, Collection<Participant> participants) {
        ProgramDefinition definition = ProgramSettings.definition(program);
        List<FollowUpCall> planned = new ArrayList<>();
        for (Participant participant : participants) {
            if (!participant.isActive()) {
                continue;
            }
            LocalDate today = engine.today(participant.zone());
            for (FollowUpWindow window : definition.followUp().windows()) {
                LocalDate opens = window.opensOn(definition.kickOff());
                LocalDate closes = min(window.closesOn(definition.kickOff()), definition.closing());
                if (closes.isBefore(today)) {
                    continue;
                }
                FollowUpCallId id = FollowUpCallId.of(
                        StableIds.of("call", participant.person().value(), "m" + window.afterMonths()));
                try {
                    planned.add(engine.store().saveFollowUpCall(tenant,
                            FollowUpCall.planned(id, program.id(), participant.person(), opens, closes)));
                } catch (VersionConflictException alreadyPlanned) {
                    // Planning is idempotent: the call exists from an earlier start or enrolment.
                    continue;
                }
            }
        }
        if (!planned.isEmpty()) {
            engine.events().deliver(new FollowUpCallsPlanned(tenant, program.id(), engine.now(),
                    planned.stream().map(FollowUpCall::id).toList()));
        }
        return planned;
    }

    /**
     * Cancels the planned calls of one person, or of everyone.
     *
     * @param programId the program
     * @param person the person, or null for every participant
     * @param reason why the calls are no longer needed
     */
    public void cancelPlanned(ProgramId programId, @Nullable PersonId person, String reason) {
        for (FollowUpCall call : engine.store().followUpCalls(tenant, programId)) {
            if (call.status() == CallStatus.PLANNED && (person == null || call.person().equals(person))) {
                engine.retry().run(() -> {
                    FollowUpCall fresh = find(programId, call.id());
                    return fresh.status() == CallStatus.PLANNED
                            ? engine.store().saveFollowUpCall(tenant, fresh.cancelled(reason))
                            : fresh;
                });
            }
        }
    }

    @Override
    public FollowUpCall log(ProgramId programId, FollowUpCallId callId, CallOutcome outcome,
            @Nullable String notes) {
        engine.program(tenant, programId);
        record Logged(FollowUpCall call, boolean changed) {}
        Logged logged = engine.retry().run(() -> {
            FollowUpCall call = find(programId, callId);
            String subject = "follow-up call " + callId;
            if (call.status() == CallStatus.CANCELLED) {
                throw new RefusedOperationException(subject, "cannot log a cancelled call (" + call.notes() + ")");
            }
            if (call.status() == CallStatus.LOGGED) {
                if (call.outcome() == outcome) {
                    return new Logged(call, false);
                }
                if (call.outcome() != CallOutcome.NO_ANSWER) {
                    throw new RefusedOperationException(subject, "cannot log " + outcome
                            + ": already logged as " + call.outcome() + "; only a NO_ANSWER call may be logged again");
                }
            }
            return new Logged(engine.store().saveFollowUpCall(tenant, call.logged(outcome, engine.now(), notes)),
                    true);
        });
        FollowUpCall call = logged.call();
        // Appended even when the call was already logged: the id makes it a no-op then, and it completes a log
        // whose earlier append failed.
        if (outcome == CallOutcome.REACHED || outcome == CallOutcome.CONCERN_RAISED) {
            engine.activityLog().append(tenant, List.of(new ActivityEvent(
                    EventId.of(StableIds.of("call", programId.value(), callId.value())), programId, null,
                    call.person(), ActivityKind.CHECKPOINT_CALL, call.loggedAt(), "engine",
                    Map.of("call", callId.value(), "outcome", outcome.name()))));
        }
        if (logged.changed()) {
            engine.events().deliver(new FollowUpCallLogged(tenant, programId, engine.now(), callId, call.person(),
                    outcome));
        }
        // Sent again on a repeated log too: the key makes it a no-op then, and completes an earlier failed send.
        if (outcome == CallOutcome.CONCERN_RAISED) {
            escalate(engine.program(tenant, programId), call);
        }
        return call;
    }

    private void escalate(Program program, FollowUpCall call) {
        Optional<PersonId> manager = engine.notifier().programManager(program);
        if (manager.isEmpty()) {
            LOG.warn("The concern raised in follow-up call {} of program {} in tenant {} reaches nobody: no program"
                    + " manager is set (ProgramDefinition.programManager or EngagementSettings.programManager)",
                    call.id().value(), program.id().value(), tenant.value());
            return;
        }
        Optional<Pair> pair = engine.store().pairs(tenant, program.id()).stream()
                .filter(p -> p.status() != PairStatus.ENDED && p.involves(call.person()))
                .findFirst();
        String key = IdempotencyKeys.derive(tenant, CONCERN_KIND, program.id().value(), call.id().value());
        Instant loggedAt = Objects.requireNonNull(call.loggedAt(), "a logged call has its time");
        Notice notice = engine.notifier().send(tenant, program, manager.get(), CONCERN_KIND, key,
                "followup.concern.title", engine.now(), writer -> {
                    List<PersonId> named = new ArrayList<>(List.of(call.person()));
                    pair.ifPresent(p -> named.addAll(List.of(p.mentor(), p.mentee())));
                    Map<PersonId, String> names = engine.notifier().names(tenant, named);
                    List<String> paragraphs = new ArrayList<>();
                    paragraphs.add(writer.text("followup.concern.intro", names.get(call.person()),
                            writer.day(loggedAt, "followup.concern.title")));
                    pair.ifPresent(p -> paragraphs.add(writer.text("followup.concern.pair", names.get(p.mentor()),
                            names.get(p.mentee()), p.id().value())));
                    if (call.notes() != null && !call.notes().isBlank()) {
                        paragraphs.add(writer.text("followup.concern.notes", call.notes()));
                    }
                    paragraphs.add(writer.text("followup.concern.advice"));
                    return new MessageContent(Truncation.fit(writer.text("followup.concern.title",
                            names.get(call.person())), TITLE_LENGTH), paragraphs, List.of(), List.of(), null);
                });
        if (!notice.inOutbox()) {
            LOG.warn("The concern raised in follow-up call {} of program {} in tenant {} cannot be sent to {}: {}",
                    call.id().value(), program.id().value(), tenant.value(), manager.get().value(), notice.reason());
        }
    }

    private FollowUpCall find(ProgramId programId, FollowUpCallId callId) {
        return engine.store().findFollowUpCall(tenant, programId, callId)
                .orElseThrow(() -> new NotFoundException("follow-up call", callId.value()));
    }

    @Override
    public List<FollowUpCall> list(ProgramId programId) {
        engine.program(tenant, programId);
        return engine.store().followUpCalls(tenant, programId);
    }

    @Override
    public List<FollowUpCall> overdue(ProgramId programId) {
        Program program = engine.program(tenant, programId);
        Map<PersonId, ZoneId> zones = engine.store().participants(tenant, programId).stream()
                .collect(Collectors.toMap(Participant::person, Participant::zone));
        Function<PersonId, ZoneId> zoneOf = person -> zones.getOrDefault(person, program.zone());
        return engine.store().followUpCalls(tenant, programId).stream()
                .filter(call -> call.isOverdueOn(engine.today(zoneOf.apply(call.person()))))
                .toList();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
