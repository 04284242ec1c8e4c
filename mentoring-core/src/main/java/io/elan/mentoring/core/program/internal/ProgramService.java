package io.elan.mentoring.core.program.internal;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.core.event.ProgramDefined;
import io.elan.mentoring.core.event.ProgramStatusChanged;
import io.elan.mentoring.core.followup.internal.FollowUpCallService;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.internal.ProgramSettings;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.core.program.Programs;
import io.elan.mentoring.core.program.RunningPhase;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Programs} of one tenant: definitions and the lifecycle state machine. Thread-safe.
 */
public final class ProgramService implements Programs {

    private static final Set<ProgramStatus> SUSPENDABLE = EnumSet.of(ProgramStatus.ENROLLING, ProgramStatus.READY,
            ProgramStatus.RUNNING, ProgramStatus.CLOSING);
    private static final Set<ProgramStatus> NOT_STARTED = EnumSet.of(ProgramStatus.DRAFT, ProgramStatus.ENROLLING,
            ProgramStatus.READY);

    private final Engine engine;
    private final TenantId tenant;
    private final FollowUpCallService followUps;
    private final PairChanges pairChanges;

    /**
     * @param engine the engine
     * @param tenant the tenant
     * @param followUps the tenant's follow-up calls, planned on start
     * @param pairChanges how the tenant's pairs change: a transition completes the last one before it reads pairs
     */
    public ProgramService(Engine engine, TenantId tenant, FollowUpCallService followUps, PairChanges pairChanges) {
        this.engine = engine;
        this.tenant = tenant;
        this.followUps = followUps;
        this.pairChanges = pairChanges;
    }

    @Override
    public Program define(ProgramDefinition definition) {
        validate(definition);
        Program program = ProgramSettings.newProgram(definition, tenant);
        Program stored;
        try {
            stored = engine.store().saveProgram(program);
        } catch (VersionConflictException exists) {
            Program existing = engine.program(tenant, definition.id());
            if (ProgramSettings.definition(existing).equals(definition)) {
                return existing;
            }
            throw new RefusedOperationException("program " + definition.id(),
                    "cannot define it: a program with this id already exists with another definition");
        }
        engine.events().deliver(new ProgramDefined(tenant, stored.id(), engine.now(), definition, stored.version()));
        return stored;
    }

    @Override
    public Program redefine(ProgramDefinition definition) {
        validate(definition);
        Program stored = engine.retry().run(() -> {
            Program current = engine.program(tenant, definition.id());
            if (!NOT_STARTED.contains(current.status())) {
                throw refused(current.id(), "cannot redefine a program that is " + current.status()
                        + ": only DRAFT, ENROLLING or READY programs may change their definition");
            }
            return engine.store().saveProgram(ProgramSettings.redefined(current, definition));
        });
        engine.events().deliver(new ProgramDefined(tenant, stored.id(), engine.now(), definition, stored.version()));
        return stored;
    }

    private void validate(ProgramDefinition definition) {
        engine.validator().ifPresent(validator -> {
            Set<ConstraintViolation<ProgramDefinition>> found = validator.validate(definition);
            if (!found.isEmpty()) {
                throw new InvalidValueException(found.stream()
                        .map(v -> Violation.of(v.getPropertyPath().toString(), v.getMessage()))
                        .sorted(Comparator.comparing(Violation::field))
                        .toList());
            }
        });
    }

    @Override
    public Optional<Program> find(ProgramId id) {
        return engine.store().findProgram(tenant, id);
    }

    @Override
    public Program get(ProgramId id) {
        return engine.program(tenant, id);
    }

    @Override
    public List<Program> list() {
        return engine.store().programs(tenant);
    }

    @Override
    public ProgramDefinition definition(ProgramId id) {
        return ProgramSettings.definition(get(id));
    }

    @Override
    public Optional<RunningPhase> phase(ProgramId id) {
        Program program = get(id);
        if (program.status() != ProgramStatus.RUNNING) {
            return Optional.empty();
        }
        return Optional.of(RunningPhase.on(ProgramSettings.definition(program), engine.today(program.zone())));
    }

    @Override
    public Program openEnrolment(ProgramId id) {
        return transition(id, "open enrolment of", ProgramStatus.ENROLLING, EnumSet.of(ProgramStatus.DRAFT),
                program -> program.withStatus(ProgramStatus.ENROLLING));
    }

    @Override
    public Program markReady(ProgramId id) {
        return transition(id, "mark ready", ProgramStatus.READY, EnumSet.of(ProgramStatus.ENROLLING), program -> {
            requireActivePair(program, "mark it ready");
            return program.withStatus(ProgramStatus.READY);
        });
    }

    @Override
    public Program start(ProgramId id) {
        Program started = transition(id, "start", ProgramStatus.RUNNING, EnumSet.of(ProgramStatus.READY),
                program -> {
                    requireActivePair(program, "start");
                    LocalDate today = engine.today(program.zone());
                    if (today.isBefore(program.kickOff())) {
                        throw refused(program.id(), "cannot start before the kick-off on " + program.kickOff()
                                + " (today is " + today + " in " + program.zone() + ")");
                    }
                    return program.withStatus(ProgramStatus.RUNNING);
                });
        if (started.status() == ProgramStatus.RUNNING) {
            followUps.planFor(started, engine.store().participants(tenant, id));
        }
        return started;
    }

    @Override
    public Program beginClosing(ProgramId id) {
        return transition(id, "begin closing", ProgramStatus.CLOSING, EnumSet.of(ProgramStatus.RUNNING),
                program -> program.withStatus(ProgramStatus.CLOSING));
    }

    @Override
    public Program close(ProgramId id) {
        return transition(id, "close", ProgramStatus.CLOSED, EnumSet.of(ProgramStatus.CLOSING),
                program -> program.withStatus(ProgramStatus.CLOSED));
    }

    @Override
    public Program suspend(ProgramId id) {
        return transition(id, "suspend", ProgramStatus.SUSPENDED, SUSPENDABLE,
                program -> ProgramSettings.suspended(program, program.status()));
    }

    @Override
    public Program resume(ProgramId id) {
        return transition(id, "resume", null, EnumSet.of(ProgramStatus.SUSPENDED), ProgramSettings::resumed);
    }

    @Override
    public Program cancel(ProgramId id, String reason) {
        Checks.text(reason, "reason", 500);
        Set<ProgramStatus> open = EnumSet.complementOf(EnumSet.of(ProgramStatus.CLOSED, ProgramStatus.CANCELLED));
        Program cancelled = transition(id, "cancel", ProgramStatus.CANCELLED, open,
                program -> ProgramSettings.cancelled(program, reason));
        followUps.cancelPlanned(id, null, "program cancelled: " + reason);
        return cancelled;
    }

    /**
     * Reads, checks and saves one transition, retrying on version conflicts; delivers the event once stored. The
     * pairs a guard reads are those of the program's version: the last change of pairs is completed first, and any
     * later one moves the version on, so the save meets a conflict and the guard is checked again.
     *
     * @param target the state reached, or null when it depends on the program (resume)
     */
    private Program transition(ProgramId id, String verb, @Nullable ProgramStatus target, Set<ProgramStatus> from,
            UnaryOperator<Program> change) {
        record Outcome(Program program, @Nullable ProgramStatusChanged event) {}
        Outcome outcome = engine.retry().run(() -> {
            Program current = engine.program(tenant, id);
            pairChanges.complete(current);
            if (current.status() == target) {
                return new Outcome(current, null);
            }
            if (!from.contains(current.status())) {
                throw refused(id, "cannot " + verb + " a program that is " + current.status()
                        + " (allowed from " + describe(from) + ")");
            }
            Program saved = engine.store().saveProgram(change.apply(current));
            return new Outcome(saved, new ProgramStatusChanged(tenant, id, engine.now(), current.status(),
                    saved.status(), saved.version()));
        });
        if (outcome.event() != null) {
            engine.events().deliver(outcome.event());
        }
        return outcome.program();
    }

    private void requireActivePair(Program program, String verb) {
        boolean anyActive = engine.store().pairs(tenant, program.id()).stream()
                .anyMatch(pair -> pair.status() == PairStatus.ACTIVE);
        if (!anyActive) {
            throw refused(program.id(), "cannot " + verb + ": at least one active pair is needed, there is none");
        }
    }

    private static String describe(Set<ProgramStatus> states) {
        return states.stream().map(Enum::name).reduce((a, b) -> a + ", " + b).orElse("nowhere");
    }

    private static RefusedOperationException refused(ProgramId id, String rule) {
        return new RefusedOperationException("program " + id, rule);
    }
}
