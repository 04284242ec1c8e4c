package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.program.PairId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A copy of a program's weekly buckets: how many events of each kind each pair and each person had in each program
 * week. Counts saturate at 65,535 per pair, kind and week and at 255 per person, kind and week. Two copies are equal
 * when they hold the same counts for the same pairs and people. Immutable and thread-safe.
 */
public interface WeeklyActivity {

    /** @return the program */
    ProgramId program();

    /** @return the first day of each program week, week 0 first */
    List<LocalDate> weekStarts();

    /** @return the pairs with buckets */
    Set<PairId> pairs();

    /** @return the people with buckets */
    Set<PersonId> people();

    /**
     * @param pair a pair
     * @param kind {@link ActivityKind#PAIR_MEETING} or {@link ActivityKind#PAIR_MESSAGE}
     * @param week a program week
     * @return how many such events the pair had that week; 0 for an unknown pair
     * @throws io.elan.mentoring.spi.InvalidValueException naming {@code kind} if it is not counted per pair
     */
    int count(PairId pair, ActivityKind kind, int week);

    /**
     * @param person a person
     * @param kind a kind counted per person (touchpoint attended, hotline request, survey answered, follow-up call)
     * @param week a program week
     * @return how many such events the person had that week; 0 for an unknown person
     * @throws io.elan.mentoring.spi.InvalidValueException naming {@code kind} if it is counted per pair
     */
    int count(PersonId person, ActivityKind kind, int week);
}
