package io.elan.mentoring.spi.program;

/**
 * Where an individual follow-up call stands.
 */
public enum CallStatus {
    /** Due within its window, not logged yet. */
    PLANNED,
    /** Logged with an outcome. */
    LOGGED,
    /** No longer needed (the participant left, the program ended). */
    CANCELLED
}
