package io.elan.mentoring.core.program;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import java.util.List;

/**
 * Pairs (binômes) of one program: formed, paused, resumed, ended with a reason, and re-matched.
 *
 * <h2>Rules</h2>
 * A pair joins an active mentor of the program with an active mentee. A mentee is in at most one pair that is not
 * ended; a mentor in at most the definition's {@link ProgramDefinition#mentorCapacity() mentor capacity} (paused pairs
 * keep their place). New pairs are formed while the program is {@code ENROLLING}, {@code READY} or {@code RUNNING}:
 * never once closing has begun. Each refusal throws {@link RefusedOperationException} with the rule.
 *
 * <h2>Concurrency</h2>
 * Thread-safe, on any store. Every change of pairs is first written on the program record, in one versioned save of
 * the program that records the pairs to store, and only then are the pairs stored. So changes of one program and its
 * pairs take turns: two callers pairing the same mentor at once cannot exceed the capacity, and a lifecycle move that
 * needs an active pair ({@link Programs#markReady}, {@link Programs#start}) is checked again if a pair changed while it
 * ran. A change left half-way by a caller that failed is completed by the next caller that reads the program. Version
 * conflicts are retried a bounded number of times, then surfaced.
 */
public interface Pairs {

    /**
     * @param program the program
     * @param mentor an active mentor of the program
     * @param mentee an active mentee of the program, in no other pair that is not ended
     * @return the stored pair, {@code ACTIVE}, formed today in the program's zone
     * @throws RefusedOperationException if a rule refuses the pair
     * @throws NotFoundException if there is no such program
     */
    Pair form(ProgramId program, PersonId mentor, PersonId mentee);

    /**
     * @param program the program
     * @param pair an active pair
     * @return the stored pair, {@code PAUSED}
     */
    Pair pause(ProgramId program, PairId pair);

    /**
     * @param program the program
     * @param pair a paused pair
     * @return the stored pair, {@code ACTIVE} again
     */
    Pair resume(ProgramId program, PairId pair);

    /**
     * @param program the program
     * @param pair a pair that is not ended
     * @param reason why, 1 to 500 characters
     * @return the stored pair, {@code ENDED} today
     */
    Pair end(ProgramId program, PairId pair, String reason);

    /**
     * Ends a pair and pairs its mentee with another mentor, in one step: the new pair is checked and reserved before
     * the old one ends, so a refused or failed re-match leaves the old pair as it was, and a re-match that was
     * recorded ends the old pair and forms the new one even if its caller fails half-way (the next caller completes
     * it).
     *
     * @param program the program
     * @param pair the pair to end, active or paused
     * @param newMentor an active mentor with room for one more mentee
     * @param reason why the pair is re-matched, 1 to 500 characters
     * @return the new pair
     * @throws RefusedOperationException if the pair is ended, or a rule refuses the new pair
     */
    Pair rematch(ProgramId program, PairId pair, PersonId newMentor, String reason);

    /**
     * @param program the program
     * @param pair the pair
     * @return the pair
     * @throws NotFoundException if there is no such pair
     */
    Pair get(ProgramId program, PairId pair);

    /**
     * @param program the program
     * @return every pair of the program, whatever its status, by id
     */
    List<Pair> list(ProgramId program);
}
