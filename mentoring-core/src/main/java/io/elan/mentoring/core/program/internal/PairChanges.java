package io.elan.mentoring.core.program.internal;

import io.elan.mentoring.core.event.PairFormed;
import io.elan.mentoring.core.event.PairStatusChanged;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.internal.ProgramSettings;
import io.elan.mentoring.core.internal.ProgramSettings.PairWrite;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the pairs of one tenant's programs change without breaking a rule that reads them, on any store.
 *
 * <p>A store keeps a program and its pairs apart, each with its own version, so a rule checked on the pairs and
 * written on the program (start needs an active pair) could commit on pairs that changed in between. Every change of
 * pairs is therefore first written on its program record, in one versioned save: the pairs to store, each with the
 * version it replaces ({@link ProgramSettings#PAIR_CHANGE}). Only then are the pairs stored. So every change of pairs
 * moves the program's version on, and a transition that read the program, then the pairs, then saves the program,
 * meets a version conflict if any pair changed since it read them; it retries on fresh state. A change that touches
 * two pairs (a re-match ends one and forms its replacement) is one such save: both happen, or neither.
 *
 * <p>The pairs of a change are stored by its caller right after the save; a caller that fails in between leaves them
 * for the next one: whoever reads the program to change it or its pairs first {@linkplain #complete completes} the
 * change it carries. A pair write is stored unless its version shows it was stored already (every later change of
 * that pair goes through a later save of the program, which completes this one first), so completing twice, or
 * from two callers at once, stores each pair once. Whoever stores a pair delivers its event.
 *
 * <p>Thread-safe.
 */
public final class PairChanges {

    private final Engine engine;
    private final TenantId tenant;

    /**
     * @param engine the engine
     * @param tenant the tenant
     */
    public PairChanges(Engine engine, TenantId tenant) {
        this.engine = engine;
        this.tenant = tenant;
    }

    /**
     * Stores whatever the program's last change of pairs left unstored. Call it after reading the program and before
     * reading its pairs, so that they hold every change that led to the program's version.
     *
     * @param program the program as just read
     */
    public void complete(Program program) {
        store(program.id(), ProgramSettings.pairChange(program));
    }

    /**
     * Plans a change on the fresh program, writes it on the program, then stores its pairs; retried on version
     * conflicts.
     *
     * @param programId the program
     * @param plan given the program as read (its last change completed), checks the rules on fresh state and returns
     *     the pairs to store, in order; empty when there is nothing to change. It throws to refuse the change.
     * @return the pairs as stored, in the order of the plan; empty when there was nothing to change
     * @throws NotFoundException if there is no such program
     * @throws VersionConflictException if every attempt met a conflict
     */
    public List<Pair> change(ProgramId programId, Function<Program, List<PairWrite>> plan) {
        List<PairWrite> writes = engine.retry().run(() -> {
            Program program = engine.program(tenant, programId);
            complete(program);
            List<PairWrite> planned = plan.apply(program);
            if (!planned.isEmpty()) {
                engine.store().saveProgram(ProgramSettings.withPairChange(program, planned));
            }
            return planned;
        });
        return store(programId, writes);
    }

    private List<Pair> store(ProgramId programId, List<PairWrite> writes) {
        List<Pair> stored = new ArrayList<>();
        for (PairWrite write : writes) {
            Pair wanted = write.pair();
            Optional<Pair> current = engine.store().findPair(tenant, programId, wanted.id());
            boolean storedAlready = current.map(pair -> pair.version() != wanted.version()).orElse(false);
            if (storedAlready) {
                stored.add(current.get());
                continue;
            }
            Pair saved;
            try {
                saved = engine.store().savePair(tenant, wanted);
            } catch (VersionConflictException storedMeanwhile) {
                stored.add(engine.store().findPair(tenant, programId, wanted.id())
                        .orElseThrow(() -> new NotFoundException("pair", wanted.id().value())));
                continue;
            }
            if (write.from() == null) {
                engine.events().deliver(new PairFormed(tenant, programId, engine.now(), saved.id(), saved.mentor(),
                        saved.mentee()));
            } else {
                engine.events().deliver(new PairStatusChanged(tenant, programId, engine.now(), saved.id(),
                        write.from(), saved.status(), saved.endReason()));
            }
            stored.add(saved);
        }
        return stored;
    }
}
