package io.elan.mentoring.spi.program;

/**
 * Where a pair (binôme) stands.
 */
public enum PairStatus {
    /** Meets and works together. */
    ACTIVE,
    /** On hold for a while (leave, workload); may resume. */
    PAUSED,
    /** Over before the program's end, with a reason. */
    ENDED
}
