package io.elan.mentoring.scheduling;

/**
 * What to do with an occurrence whose day is not available (weekend, public holiday, blackout, hours broken by a
 * clock change).
 */
public enum ShiftPolicy {
    /** Move it to the next available day, never past the closing. */
    NEXT_WORKING_DAY,
    /** Move it to the previous available day, never before the kick-off. */
    PREVIOUS_WORKING_DAY,
    /** Leave it out of the calendar and say so. */
    DROP
}
