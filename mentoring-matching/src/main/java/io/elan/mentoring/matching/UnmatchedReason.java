package io.elan.mentoring.matching;

/** Why a proposal leaves a person without a pair. */
public enum UnmatchedReason {
    /** A mentee: the hard rules rule out every mentor, blocks and exclusions aside. */
    NO_COMPATIBLE_MENTOR,
    /** A mentor: the hard rules rule out every mentee, blocks and exclusions aside. */
    NO_COMPATIBLE_MENTEE,
    /** Some people on the other side pass the hard rules, but each of them is blocked or excluded. */
    BLOCKED,
    /** A mentee: every compatible mentor is full, with the pairs they have and those proposed. */
    CAPACITY_EXHAUSTED,
    /** A mentor: every compatible mentee is paired already or proposed with another mentor. */
    MENTEES_PAIRED_ELSEWHERE
}
