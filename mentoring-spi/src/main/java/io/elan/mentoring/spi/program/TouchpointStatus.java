package io.elan.mentoring.spi.program;

/**
 * Whether a touchpoint is to come, took place or was called off.
 */
public enum TouchpointStatus {
    /** In the calendar, not held yet. */
    PLANNED,
    /** Took place; attendance may be recorded. */
    HELD,
    /** Called off. */
    CANCELLED
}
