package io.elan.mentoring.core.program.internal;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.internal.ProgramSettings;
import io.elan.mentoring.core.internal.ProgramSettings.PairWrite;
import io.elan.mentoring.core.program.Pairs;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.validation.Checks;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Pairs} of one tenant. Every change of pairs goes through {@link PairChanges}: written on the program
 * record first, in one versioned save, then stored; so it serialises with every other change of the program and its
 * pairs, and a re-match ends its pair and forms the replacement, or does neither. Thread-safe.
 */
public final class PairService implements Pairs {

    private static final Set<ProgramStatus> PAIRING_OPEN = EnumSet.of(ProgramStatus.ENROLLING, ProgramStatus.READY,
            ProgramStatus.RUNNING);

    private final Engine engine;
    private final TenantId tenant;
    private final PairChanges changes;

    /**
     * @param engine the engine
     * @param tenant the tenant
     * @param changes how the tenant's pairs change
     */
    public PairService(Engine engine, TenantId tenant, PairChanges changes) {
        this.engine = engine;
        this.tenant = tenant;
        this.changes = changes;
    }

    @Override
    public Pair form(ProgramId programId, PersonId mentor, PersonId mentee) {
        return changes.change(programId, program -> {
            checkCanPair(program, mentor, mentee, null);
            return List.of(new PairWrite(Pair.formed(ProgramSettings.nextPairId(program), programId, mentor, mentee,
                    engine.today(program.zone())), null));
        }).get(0);
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
        return change(program, pair, PairStatus.PAUSED, EnumSet.of(PairStatus.ACTIVE), (p, today) -> p.paused());
    }

    @Override
    public Pair resume(ProgramId program, PairId pair) {
        return change(program, pair, PairStatus.ACTIVE, EnumSet.of(PairStatus.PAUSED), (p, today) -> p.resumed());
    }

    @Override
    public Pair end(ProgramId programId, PairId pair, String reason) {
        Checks.text(reason, "reason", Pair.MAX_REASON_LENGTH);
        return change(programId, pair, PairStatus.ENDED, EnumSet.of(PairStatus.ACTIVE, PairStatus.PAUSED),
                (p, today) -> p.ended(max(today, p.formedOn()), reason));
    }

    @Override
    public Pair rematch(ProgramId programId, PairId pairId, PersonId newMentor, String reason) {
        Checks.text(reason, "reason", Pair.MAX_REASON_LENGTH);
        List<Pair> stored = changes.change(programId, program -> {
            requireOpen(program, pairId);
            Pair old = get(programId, pairId);
            if (old.status() == PairStatus.ENDED) {
                throw new RefusedOperationException("pair " + pairId, "cannot re-match an ended pair");
            }
            checkCanPair(program, newMentor, old.mentee(), pairId);
            LocalDate today = engine.today(program.zone());
            return List.of(new PairWrite(old.ended(max(today, old.formedOn()), reason), old.status()),
                    new PairWrite(Pair.formed(ProgramSettings.nextPairId(program), programId, newMentor,
                            old.mentee(), today), null));
        });
        return stored.get(1);
    }

    /** Plans one pair's move to {@code target}; nothing to change if it is there already. */
    private Pair change(ProgramId programId, PairId pairId, PairStatus target, Set<PairStatus> from,
            BiFunction<Pair, LocalDate, Pair> change) {
        List<Pair> stored = changes.change(programId, program -> {
            requireOpen(program, pairId);
            Pair current = get(programId, pairId);
            if (current.status() == target) {
                return List.of();
            }
            if (!from.contains(current.status())) {
                throw new RefusedOperationException("pair " + pairId, "cannot make a pair that is "
                        + current.status() + " " + target);
            }
            return List.of(new PairWrite(change.apply(current, engine.today(program.zone())), current.status()));
        });
        return stored.isEmpty() ? get(programId, pairId) : stored.get(0);
    }

    private static void requireOpen(Program program, PairId pairId) {
        if (program.status().isTerminal()) {
            throw new RefusedOperationException("pair " + pairId,
                    "cannot change a pair of a program that is " + program.status());
        }
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
