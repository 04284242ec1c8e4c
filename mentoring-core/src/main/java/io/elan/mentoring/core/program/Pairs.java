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
 * Thread-safe. Forming a pair first reserves it on the program (a versioned save) and then stores it, so two callers
 * pairing the same mentor at once cannot exceed the capacity, and a reservation left by a caller that failed half-way
 * is completed by the next one. Version conflicts are retried a bounded number of times, then surfaced.
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
     * Ends a pair and pairs its mentee with another mentor.
     *
     * @param program the program
     * @param pair the pair to end
     * @param newMentor an active mentor with room for one more mentee
     * @param reason why the pair is re-matched
     * @return the new pair
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
