package io.elan.mentoring.spi.program;

/**
 * Where a hotline request stands, from raised to closed.
 */
public enum HotlineStatus {
    /** Raised, nobody assigned yet. */
    OPEN,
    /** Someone of the program team is on it. */
    ASSIGNED,
    /** An answer was given; waiting to be closed. */
    ANSWERED,
    /** Done. */
    CLOSED
}
