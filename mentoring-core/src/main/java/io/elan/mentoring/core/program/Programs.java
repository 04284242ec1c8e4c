package io.elan.mentoring.core.program;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.program.Program;
import java.util.List;
import java.util.Optional;

/**
 * One tenant's programs and their lifecycle:
 * {@code DRAFT -> ENROLLING -> READY -> RUNNING -> CLOSING -> CLOSED}, with {@code SUSPENDED} (back to where it was
 * on {@link #resume}) and {@code CANCELLED}. The mid-point is a {@link RunningPhase} inside {@code RUNNING}.
 *
 * <h2>Guards</h2>
 * A transition from a state that does not lead to the target throws {@link RefusedOperationException} naming both.
 * {@link #markReady} and {@link #start} need at least one active pair; {@link #start} also waits for the kick-off day
 * (in the program's zone). The dates themselves are checked by {@link ProgramDefinition}: closing after kick-off.
 *
 * <h2>Storage and events</h2>
 * Every transition is one versioned save of the program; once the store accepted it, a
 * {@link io.elan.mentoring.core.event.ProgramStatusChanged} goes to the listeners. Starting a program also plans
 * the individual follow-up calls of its active participants.
 *
 * <h2>Concurrency</h2>
 * Thread-safe, on any store. A save that meets a {@link VersionConflictException} re-reads the program, re-checks the
 * guards and tries again, up to the engine's bounded number of attempts; only then is the conflict surfaced. The
 * guards that read pairs cannot be broken by a pair changed at the same time: every change of pairs is first a
 * versioned save of the program (see {@link Pairs}), so a transition that checked the pairs and then saves the program
 * meets a conflict if they changed, and checks them again. A transition whose
 * target state is already reached (someone else did it) returns the program unchanged and delivers no event, so
 * calling it again is harmless.
 */
public interface Programs {

    /**
     * Creates a program in {@code DRAFT} from its definition. Defining the same definition again returns the stored
     * program.
     *
     * @param definition the definition
     * @return the stored program
     * @throws RefusedOperationException if another program with that id exists
     * @throws InvalidValueException if the host's validator finds a broken rule
     */
    Program define(ProgramDefinition definition);

    /**
     * Replaces the definition of a program that has not started yet ({@code DRAFT}, {@code ENROLLING} or
     * {@code READY}).
     *
     * @param definition the new definition; its id names the program
     * @return the stored program
     * @throws RefusedOperationException once the program has started
     * @throws NotFoundException if there is no such program
     */
    Program redefine(ProgramDefinition definition);

    /**
     * @param id the program
     * @return the program, if this tenant has it
     */
    Optional<Program> find(ProgramId id);

    /**
     * @param id the program
     * @return the program
     * @throws NotFoundException if this tenant has no such program
     */
    Program get(ProgramId id);

    /** @return every program of this tenant, by id */
    List<Program> list();

    /**
     * @param id the program
     * @return its definition, read back from what is stored
     * @throws NotFoundException if this tenant has no such program
     */
    ProgramDefinition definition(ProgramId id);

    /**
     * @param id the program
     * @return the phase today (program zone) when the program is {@code RUNNING}; empty in any other state
     * @throws NotFoundException if this tenant has no such program
     */
    Optional<RunningPhase> phase(ProgramId id);

    /**
     * {@code DRAFT -> ENROLLING}: people may now be enrolled and paired.
     *
     * @param id the program
     * @return the stored program
     */
    Program openEnrolment(ProgramId id);

    /**
     * {@code ENROLLING -> READY}: enrolment is over; needs at least one active pair.
     *
     * @param id the program
     * @return the stored program
     */
    Program markReady(ProgramId id);

    /**
     * {@code READY -> RUNNING}: the kick-off; needs at least one active pair and the kick-off day reached. Plans the
     * follow-up calls of every active participant.
     *
     * @param id the program
     * @return the stored program
     */
    Program start(ProgramId id);

    /**
     * {@code RUNNING -> CLOSING}: the last weeks; no new pair may be formed from now on.
     *
     * @param id the program
     * @return the stored program
     */
    Program beginClosing(ProgramId id);

    /**
     * {@code CLOSING -> CLOSED}: over and read-only.
     *
     * @param id the program
     * @return the stored program
     */
    Program close(ProgramId id);

    /**
     * {@code ENROLLING, READY, RUNNING or CLOSING -> SUSPENDED}: no ritual runs and no message leaves until resumed.
     *
     * @param id the program
     * @return the stored program
     */
    Program suspend(ProgramId id);

    /**
     * {@code SUSPENDED ->} the state it was suspended from.
     *
     * @param id the program
     * @return the stored program
     * @throws RefusedOperationException if the program is not suspended
     */
    Program resume(ProgramId id);

    /**
     * Any state that is not over {@code -> CANCELLED}, with a reason; planned follow-up calls are cancelled too.
     *
     * @param id the program
     * @param reason why, 1 to 500 characters
     * @return the stored program
     */
    Program cancel(ProgramId id, String reason);
}
