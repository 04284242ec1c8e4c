package io.elan.mentoring.core.engagement;

import io.elan.mentoring.core.engagement.internal.ProgramLedger;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.program.PairId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A copy of a program's weekly buckets: how many events of each kind each pair and each person had in each program
 * week. Counts saturate at 65,535 per pair, kind and week and at 255 per person, kind and week. Two copies are equal
 * when they hold the same counts for the same pairs and people. Immutable and thread-safe.
 */
public final class WeeklyActivity {
    private final ProgramId program;
    private final List<LocalDate> weekStarts;
    private final Map<PairId, int[]> pairCounts;
    private final Map<PersonId, int[]> personCounts;

    private WeeklyActivity(ProgramId program, List<LocalDate> weekStarts, Map<PairId, int[]> pairCounts,
            Map<PersonId, int[]> personCounts) {
        this.program = program;
        this.weekStarts = List.copyOf(weekStarts);
        this.pairCounts = Map.copyOf(pairCounts);
        this.personCounts = Map.copyOf(personCounts);
    }

    static WeeklyActivity copyOf(ProgramId program, List<LocalDate> weekStarts, ProgramLedger ledger) {
        int weeks = ledger.weeks();
        Map<PairId, int[]> pairs = new HashMap<>();
        for (int slot = 0; slot < ledger.pairCount(); slot++) {
            int[] counts = new int[weeks * ProgramLedger.PAIR_KINDS];
            for (int w = 0; w < weeks; w++) {
                for (int k = 0; k < ProgramLedger.PAIR_KINDS; k++) {
                    counts[w * ProgramLedger.PAIR_KINDS + k] = ledger.pairCount(slot, k, w);
                }
            }
            pairs.put(ledger.pair(slot), counts);
        }
        Map<PersonId, int[]> people = new HashMap<>();
        for (int slot = 0; slot < ledger.personCount(); slot++) {
            int[] counts = new int[weeks * ProgramLedger.PERSON_KINDS];
            for (int w = 0; w < weeks; w++) {
                for (int k = 0; k < ProgramLedger.PERSON_KINDS; k++) {
                    counts[w * ProgramLedger.PERSON_KINDS + k] = ledger.personCount(slot, k, w);
                }
            }
            people.put(ledger.person(slot), counts);
        }
        return new WeeklyActivity(program, weekStarts, pairs, people);
    }

    /** @return the program */
    public ProgramId program() {
        return program;
    }

    /** @return the first day of each program week, week 0 first */
    public List<LocalDate> weekStarts() {
        return weekStarts;
    }

    /** @return the pairs with buckets */
    public Set<PairId> pairs() {
        return pairCounts.keySet();
    }

    /** @return the people with buckets */
    public Set<PersonId> people() {
        return personCounts.keySet();
    }

    /**
     * @param pair a pair
     * @param kind {@link ActivityKind#PAIR_MEETING} or {@link ActivityKind#PAIR_MESSAGE}
     * @param week a program week
     * @return how many such events the pair had that week; 0 for an unknown pair
     * @throws IllegalArgumentException if the kind is not counted per pair
     */
    public int count(PairId pair, ActivityKind kind, int week) {
        if (!ProgramLedger.isPairKind(kind)) {
            throw new IllegalArgumentException(kind + " is counted per person, not per pair");
        }
        int[] counts = pairCounts.get(pair);
        return counts == null ? 0 : counts[checkWeek(week) * ProgramLedger.PAIR_KINDS + ProgramLedger.code(kind)];
    }

    /**
     * @param person a person
     * @param kind a kind counted per person (touchpoint attended, hotline request, survey answered, follow-up call)
     * @param week a program week
     * @return how many such events the person had that week; 0 for an unknown person
     * @throws IllegalArgumentException if the kind is counted per pair
     */
    public int count(PersonId person, ActivityKind kind, int week) {
        if (ProgramLedger.isPairKind(kind)) {
            throw new IllegalArgumentException(kind + " is counted per pair, not per person");
        }
        int[] counts = personCounts.get(person);
        return counts == null ? 0 : counts[checkWeek(week) * ProgramLedger.PERSON_KINDS + ProgramLedger.code(kind)];
    }

    private int checkWeek(int week) {
        if (week < 0 || week >= weekStarts.size()) {
            throw new IndexOutOfBoundsException("week " + week + " outside 0.." + (weekStarts.size() - 1));
        }
        return week;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WeeklyActivity other)) {
            return false;
        }
        return program.equals(other.program) && weekStarts.equals(other.weekStarts)
                && sameCounts(pairCounts, other.pairCounts) && sameCounts(personCounts, other.personCounts);
    }

    private static <K> boolean sameCounts(Map<K, int[]> a, Map<K, int[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<K, int[]> e : a.entrySet()) {
            if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = program.hashCode() * 31 + weekStarts.hashCode();
        for (Map.Entry<PairId, int[]> e : pairCounts.entrySet()) {
            h += e.getKey().hashCode() ^ Arrays.hashCode(e.getValue());
        }
        for (Map.Entry<PersonId, int[]> e : personCounts.entrySet()) {
            h += e.getKey().hashCode() ^ Arrays.hashCode(e.getValue());
        }
        return h;
    }

    @Override
    public String toString() {
        return "WeeklyActivity[" + program + ", " + weekStarts.size() + " weeks, " + pairCounts.size() + " pairs, "
                + personCounts.size() + " people]";
    }
}
