package io.elan.mentoring.core.engagement.internal;

import io.elan.mentoring.core.engagement.WeeklyActivity;
import io.elan.mentoring.spi.InvalidValueException;
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

/** A {@link WeeklyActivity} copied out of a program's ledger. Immutable and thread-safe. */
public final class LedgerCopy implements WeeklyActivity {
    private final ProgramId program;
    private final List<LocalDate> weekStarts;
    private final Map<PairId, int[]> pairCounts;
    private final Map<PersonId, int[]> personCounts;

    private LedgerCopy(ProgramId program, List<LocalDate> weekStarts, Map<PairId, int[]> pairCounts,
            Map<PersonId, int[]> personCounts) {
        this.program = program;
        this.weekStarts = List.copyOf(weekStarts);
        this.pairCounts = Map.copyOf(pairCounts);
        this.personCounts = Map.copyOf(personCounts);
    }

    /**
     * @param program the program
     * @param weekStarts the first day of each program week
     * @param ledger the program's counters, held still while they are copied
     * @return a copy of the counters
     */
    public static WeeklyActivity copyOf(ProgramId program, List<LocalDate> weekStarts, ProgramLedger ledger) {
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
        return new LedgerCopy(program, weekStarts, pairs, people);
    }

    @Override
    public ProgramId program() {
        return program;
    }

    @Override
    public List<LocalDate> weekStarts() {
        return weekStarts;
    }

    @Override
    public Set<PairId> pairs() {
        return pairCounts.keySet();
    }

    @Override
    public Set<PersonId> people() {
        return personCounts.keySet();
    }

    @Override
    public int count(PairId pair, ActivityKind kind, int week) {
        if (!ProgramLedger.isPairKind(kind)) {
            throw new InvalidValueException("kind", "must be counted per pair, not per person", kind);
        }
        int[] counts = pairCounts.get(pair);
        return counts == null ? 0 : counts[checkWeek(week) * ProgramLedger.PAIR_KINDS + ProgramLedger.code(kind)];
    }

    @Override
    public int count(PersonId person, ActivityKind kind, int week) {
        if (ProgramLedger.isPairKind(kind)) {
            throw new InvalidValueException("kind", "must be counted per person, not per pair", kind);
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
        if (!(o instanceof LedgerCopy other)) {
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
