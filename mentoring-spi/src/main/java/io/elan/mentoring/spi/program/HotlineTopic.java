package io.elan.mentoring.spi.program;

/**
 * What a hotline request is about.
 */
public enum HotlineTopic {
    /** A question (interrogation, question). */
    QUESTION,
    /** A difficulty met in the pair or the program (difficulté rencontrée). */
    DIFFICULTY
}
