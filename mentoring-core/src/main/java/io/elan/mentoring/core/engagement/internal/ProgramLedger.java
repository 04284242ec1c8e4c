package io.elan.mentoring.core.engagement.internal;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.program.PairId;
import java.util.Arrays;

/**
 * Weekly activity counters of one program, in flat primitive arrays indexed by slot and program week: two counters
 * per pair and week (meetings, messages) and four per person and week (touchpoints attended, hotline requests, survey
 * answers, follow-up calls). Recording an event is O(1) and allocates nothing once the slot exists.
 *
 * <p>Counters saturate instead of wrapping (pair counters at 65,535, person counters at 255 a week): saturation does
 * not depend on the order of increments, so any order of the same events gives the same state.
 *
 * <p>Not thread-safe: the owner serialises access.
 */
public final class ProgramLedger {
    /** Counters per pair and week. */
    public static final int PAIR_KINDS = 2;
    /** Counters per person and week. */
    public static final int PERSON_KINDS = 4;
    /** Code of {@link ActivityKind#PAIR_MEETING} among pair counters. */
    public static final int MEETINGS = 0;
    /** Code of {@link ActivityKind#PAIR_MESSAGE} among pair counters. */
    public static final int MESSAGES = 1;
    /** Code of {@link ActivityKind#TOUCHPOINT_ATTENDED} among person counters. */
    public static final int ATTENDED = 0;

    private static final int PERSON_MAX = 0xFF;
    private static final int PAIR_MAX = 0xFFFF;

    private final int weeks;
    private final SlotIndex<PairId> pairs = new SlotIndex<>();
    private final SlotIndex<PersonId> people = new SlotIndex<>();

    private char[] pairCounts;
    private int[] pairStartWeek;
    private int[] pairMentor;
    private int[] pairMentee;
    private boolean[] pairActive;

    private byte[] personCounts;
    private int[] personStartWeek;
    private boolean[] personMentor;
    private boolean[] personActive;

    /**
     * @param weeks how many weeks the program has, at least 1
     */
    public ProgramLedger(int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1: " + weeks);
        }
        this.weeks = weeks;
        int pairCapacity = 4;
        pairCounts = new char[pairCapacity * weeks * PAIR_KINDS];
        pairStartWeek = new int[pairCapacity];
        pairMentor = new int[pairCapacity];
        pairMentee = new int[pairCapacity];
        pairActive = new boolean[pairCapacity];
        int personCapacity = 8;
        personCounts = new byte[personCapacity * weeks * PERSON_KINDS];
        personStartWeek = new int[personCapacity];
        personMentor = new boolean[personCapacity];
        personActive = new boolean[personCapacity];
    }

    /**
     * Grows the arrays once for a known number of pairs and people, so a tenant-wide rebuild does not over-allocate
     * by doubling.
     *
     * @param pairCapacity pairs to hold
     * @param personCapacity people to hold
     */
    public void reserve(int pairCapacity, int personCapacity) {
        if (pairCapacity > pairStartWeek.length) {
            pairCounts = Arrays.copyOf(pairCounts, pairCapacity * weeks * PAIR_KINDS);
            pairStartWeek = Arrays.copyOf(pairStartWeek, pairCapacity);
            pairMentor = Arrays.copyOf(pairMentor, pairCapacity);
            pairMentee = Arrays.copyOf(pairMentee, pairCapacity);
            pairActive = Arrays.copyOf(pairActive, pairCapacity);
        }
        if (personCapacity > personStartWeek.length) {
            personCounts = Arrays.copyOf(personCounts, personCapacity * weeks * PERSON_KINDS);
            personStartWeek = Arrays.copyOf(personStartWeek, personCapacity);
            personMentor = Arrays.copyOf(personMentor, personCapacity);
            personActive = Arrays.copyOf(personActive, personCapacity);
        }
    }

    /**
     * @param kind an activity kind
     * @return whether it is counted per pair (otherwise per person)
     */
    public static boolean isPairKind(ActivityKind kind) {
        return kind == ActivityKind.PAIR_MEETING || kind == ActivityKind.PAIR_MESSAGE;
    }

    /**
     * @param kind an activity kind
     * @return its counter code among pair counters or among person counters
     */
    public static int code(ActivityKind kind) {
        return switch (kind) {
            case PAIR_MEETING, TOUCHPOINT_ATTENDED -> 0;
            case PAIR_MESSAGE, HOTLINE_REQUEST -> 1;
            case SURVEY_ANSWERED -> 2;
            case CHECKPOINT_CALL -> 3;
        };
    }

    /** @return how many weeks the ledger covers */
    public int weeks() {
        return weeks;
    }

    /**
     * Adds a person, or updates the description of a known one; counters are kept.
     *
     * @param person the person
     * @param mentor whether they belong to the mentor community
     * @param startWeek the first week they take part in, clamped to the program
     * @param active whether they still take part
     * @return their slot
     */
    public int putPerson(PersonId person, boolean mentor, int startWeek, boolean active) {
        int slot = people.add(person);
        if (slot >= personStartWeek.length) {
            reserve(0, personStartWeek.length * 2);
        }
        personStartWeek[slot] = clampWeek(startWeek);
        personMentor[slot] = mentor;
        personActive[slot] = active;
        return slot;
    }

    /**
     * Adds a pair, or updates the description of a known one; counters are kept.
     *
     * @param pair the pair
     * @param mentorSlot the mentor's person slot
     * @param menteeSlot the mentee's person slot
     * @param startWeek the week the pair was formed, clamped to the program
     * @param active whether the pair is active (not paused, not ended)
     * @return the pair's slot
     */
    public int putPair(PairId pair, int mentorSlot, int menteeSlot, int startWeek, boolean active) {
        int slot = pairs.add(pair);
        if (slot >= pairStartWeek.length) {
            reserve(pairStartWeek.length * 2, 0);
        }
        pairStartWeek[slot] = clampWeek(startWeek);
        pairMentor[slot] = mentorSlot;
        pairMentee[slot] = menteeSlot;
        pairActive[slot] = active;
        return slot;
    }

    /**
     * @param pair a pair
     * @return its slot, or -1 if unknown
     */
    public int pairSlot(PairId pair) {
        return pairs.slotOf(pair);
    }

    /**
     * @param person a person
     * @return their slot, or -1 if unknown
     */
    public int personSlot(PersonId person) {
        return people.slotOf(person);
    }

    /**
     * Counts one pair event. O(1), no allocation.
     *
     * @param slot the pair's slot
     * @param code {@link #MEETINGS} or {@link #MESSAGES}
     * @param week a week of the program
     */
    public void countPair(int slot, int code, int week) {
        int i = (slot * weeks + week) * PAIR_KINDS + code;
        char c = pairCounts[i];
        if (c != PAIR_MAX) {
            pairCounts[i] = (char) (c + 1);
        }
    }

    /**
     * Counts one person event. O(1), no allocation.
     *
     * @param slot the person's slot
     * @param code a person counter code, see {@link #code(ActivityKind)}
     * @param week a week of the program
     */
    public void countPerson(int slot, int code, int week) {
        int i = (slot * weeks + week) * PERSON_KINDS + code;
        int c = personCounts[i] & PERSON_MAX;
        if (c != PERSON_MAX) {
            personCounts[i] = (byte) (c + 1);
        }
    }

    /**
     * @param slot a pair slot
     * @param code a pair counter code
     * @param week a week
     * @return the count
     */
    public int pairCount(int slot, int code, int week) {
        return pairCounts[(slot * weeks + week) * PAIR_KINDS + code];
    }

    /**
     * @param slot a person slot
     * @param code a person counter code
     * @param week a week
     * @return the count
     */
    public int personCount(int slot, int code, int week) {
        return personCounts[(slot * weeks + week) * PERSON_KINDS + code] & PERSON_MAX;
    }

    /** @return how many pairs */
    public int pairCount() {
        return pairs.size();
    }

    /** @return how many people */
    public int personCount() {
        return people.size();
    }

    /**
     * @param slot a pair slot
     * @return the pair
     */
    public PairId pair(int slot) {
        return pairs.key(slot);
    }

    /**
     * @param slot a person slot
     * @return the person
     */
    public PersonId person(int slot) {
        return people.key(slot);
    }

    /**
     * @param slot a pair slot
     * @return the week it was formed
     */
    public int pairStartWeek(int slot) {
        return pairStartWeek[slot];
    }

    /**
     * @param slot a pair slot
     * @return the mentor's person slot
     */
    public int pairMentor(int slot) {
        return pairMentor[slot];
    }

    /**
     * @param slot a pair slot
     * @return the mentee's person slot
     */
    public int pairMentee(int slot) {
        return pairMentee[slot];
    }

    /**
     * @param slot a pair slot
     * @return whether the pair is active
     */
    public boolean pairActive(int slot) {
        return pairActive[slot];
    }

    /**
     * @param slot a person slot
     * @return the first week they take part in
     */
    public int personStartWeek(int slot) {
        return personStartWeek[slot];
    }

    /**
     * @param slot a person slot
     * @return whether they are a mentor
     */
    public boolean personMentor(int slot) {
        return personMentor[slot];
    }

    /**
     * @param slot a person slot
     * @return whether they still take part
     */
    public boolean personActive(int slot) {
        return personActive[slot];
    }

    /**
     * The bytes of the arrays this ledger holds, as allocated (capacity included), plus the slot indexes. The keys
     * themselves (pair and person ids) are owned by the host's values and not counted.
     *
     * @return the estimate, in bytes
     */
    public long stateBytes() {
        long arrayHeader = 16;
        return arrayHeader * 10
                + 2L * pairCounts.length + 4L * 3 * pairStartWeek.length + pairActive.length
                + personCounts.length + 4L * personStartWeek.length + personMentor.length + personActive.length
                + pairs.arrayBytes() + people.arrayBytes();
    }

    private int clampWeek(int week) {
        return Math.max(0, Math.min(weeks - 1, week));
    }
}
