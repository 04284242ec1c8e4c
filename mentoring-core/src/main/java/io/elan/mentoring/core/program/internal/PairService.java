package io.elan.mentoring.core.program.internal;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.core.event.PairFormed;
import io.elan.mentoring.core.event.PairStatusChanged;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.program.Pairs;
import io.elan.mentoring.core.program.internal.ProgramSettings.Reservation;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Pairs} of one tenant. Forming a pair reserves it on the program record first (see {@link Pairs}), which
 * serialises pair formation per program through the program's version. Thread-safe.
 */
public final class PairService implements Pairs {

    private static final Set<ProgramStatus> PAIRING_OPEN = EnumSet.of(ProgramStatus.ENROLLING, ProgramStatus.READY,
            ProgramStatus.RUNNING);

    private final Engine engine;
    private final TenantId tenant;

    /**
     * @param engine the engine
     * @param tenant the tenant
     */
    public PairService(Engine engine, TenantId tenant) {
        this.engine = engine;
        this.tenant = tenant;
    }

    @Override
    public Pair form(ProgramId programId, PersonId mentor, PersonId mentee) {
        Reservation reservation = engine.retry().run(() -> {
            Program program = engine.program(tenant, programId);
            completeReservation(program);
            checkCanPair(program, mentor, mentee, null);
            Reservation wanted = new Reservation(ProgramSettings.nextPairId(program), mentor, mentee,
                    engine.today(program.zone()));
            engine.store().saveProgram(ProgramSettings.reserved(program, wanted));
            return wanted;
        });
        Optional<Pair> stored = store(programId, reservation);
        // Empty when a concurrent caller completed this reservation first; it delivered the event.
        return stored.orElseGet(() -> get(programId, reservation.pair()));
    }

    /** Stores a reserved pair that a caller may have left unstored, so its place is never lost nor doubled. */
    private void completeReservation(Program program) {
        ProgramSettings.reservation(program).ifPresent(reservation -> {
            if (engine.store().findPair(tenant, program.id(), reservation.pair()).isEmpty()) {
                store(program.id(), reservation);
            }
        });
    }

    private Optional<Pair> store(ProgramId programId, Reservation reservation) {
        Pair pair;
        try {
            pair = engine.store().savePair(tenant, Pair.formed(reservation.pair(), programId, reservation.mentor(),
                    reservation.mentee(), reservation.formedOn()));
        } catch (VersionConflictException alreadyStored) {
            return Optional.empty();
        }
        engine.events().deliver(new PairFormed(tenant, programId, engine.now(), pair.id(), pair.mentor(),
                pair.mentee()));
        return Optional.of(pair);
    }

    private void checkCanPair(Program program, PersonId mentor, PersonId mentee, @Nullable PairId replacing) {
        String subject = "program " + program.id();
        if (!PAIRING_OPEN.contains(program.status())) {
            String why = switch (program.status()) {
                case DRAFT -> "open enrolment first";
                case CLOSING, CLOSED -> "no new pair once closing has begun";
                default -> "pairs are formed while ENROLLING, READY or RUNNING";
            };
            throw new RefusedOperationException(subject,
                    "cannot form a pair while the program is " + program.status() + ": " + why);
        }
        if (mentor.equals(mentee)) {
            throw new RefusedOperationException(subject, "cannot pair " + mentor + " with themself");
        }
        requireActive(program, mentor, Role.MENTOR);
        requireActive(program, mentee, Role.MENTEE);
        List<Pair> current = engine.store().pairs(tenant, program.id()).stream()
                .filter(p -> p.status() != PairStatus.ENDED && !p.id().equals(replacing))
                .toList();
        current.stream().filter(p -> p.mentee().equals(mentee)).findFirst().ifPresent(p -> {
            throw new RefusedOperationException(subject,
                    "cannot pair mentee " + mentee + ": already in pair " + p.id() + " (" + p.status() + ")");
        });
        int capacity = ProgramSettings.definition(program).mentorCapacity();
        long taken = current.stream().filter(p -> p.mentor().equals(mentor)).count();
        if (taken >= capacity) {
            throw new RefusedOperationException(subject, "cannot pair mentor " + mentor + ": capacity of "
                    + capacity + " mentee" + (capacity == 1 ? "" : "s") + " reached");
        }
    }

    private void requireActive(Program program, PersonId person, Role role) {
        Participant participant = engine.store().findParticipant(tenant, program.id(), person)
                .orElseThrow(() -> new RefusedOperationException("program " + program.id(),
                        "cannot pair " + person + ": not enrolled in this program"));
        if (participant.role() != role) {
            throw new RefusedOperationException("program " + program.id(), "cannot pair " + person + " as "
                    + role + ": enrolled as " + participant.role());
        }
        if (!participant.isActive()) {
            throw new RefusedOperationException("program " + program.id(),
                    "cannot pair " + person + ": participant is " + participant.status());
        }
    }

    @Override
    public Pair pause(ProgramId program, PairId pair) {
        return change(program, pair, PairStatus.PAUSED, EnumSet.of(PairStatus.ACTIVE), null, Pair::paused);
    }

    @Override
    public Pair resume(ProgramId program, PairId pair) {
        return change(program, pair, PairStatus.ACTIVE, EnumSet.of(PairStatus.PAUSED), null, Pair::resumed);
    }

    @Override
    public Pair end(ProgramId programId, PairId pair, String reason) {
        Checks.text(reason, "reason", Pair.MAX_REASON_LENGTH);
        Program program = engine.program(tenant, programId);
        return change(programId, pair, PairStatus.ENDED, EnumSet.of(PairStatus.ACTIVE, PairStatus.PAUSED), reason,
                p -> p.ended(max(engine.today(program.zone()), p.formedOn()), reason));
    }

    @Override
    public Pair rematch(ProgramId programId, PairId pairId, PersonId newMentor, String reason) {
        Checks.text(reason, "reason", Pair.MAX_REASON_LENGTH);
        Pair old = get(programId, pairId);
        if (old.status() == PairStatus.ENDED) {
            throw new RefusedOperationException("pair " + pairId, "cannot re-match an ended pair");
        }
        // Check the new pair before ending the old one, so a refused re-match leaves the old pair as it was.
        checkCanPair(engine.program(tenant, programId), newMentor, old.mentee(), pairId);
        end(programId, pairId, reason);
        return form(programId, newMentor, old.mentee());
    }

    private Pair change(ProgramId programId, PairId pairId, PairStatus target, Set<PairStatus> from,
            @Nullable String reason, UnaryOperator<Pair> change) {
        record Outcome(Pair pair, @Nullable PairStatusChanged event) {}
        Outcome outcome = engine.retry().run(() -> {
            Program program = engine.program(tenant, programId);
            if (program.status().isTerminal()) {
                throw new RefusedOperationException("pair " + pairId,
                        "cannot change a pair of a program that is " + program.status());
            }
            Pair current = get(programId, pairId);
            if (current.status() == target) {
                return new Outcome(current, null);
            }
            if (!from.contains(current.status())) {
                throw new RefusedOperationException("pair " + pairId, "cannot make a pair that is "
                        + current.status() + " " + target);
            }
            Pair saved = engine.store().savePair(tenant, change.apply(current));
            return new Outcome(saved, new PairStatusChanged(tenant, programId, engine.now(), pairId,
                    current.status(), target, reason));
        });
        if (outcome.event() != null) {
            engine.events().deliver(outcome.event());
        }
        return outcome.pair();
    }

    @Override
    public Pair get(ProgramId program, PairId pair) {
        return engine.store().findPair(tenant, program, pair)
                .orElseThrow(() -> new NotFoundException("pair", pair.value()));
    }

    @Override
    public List<Pair> list(ProgramId program) {
        engine.program(tenant, program);
        return engine.store().pairs(tenant, program);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
