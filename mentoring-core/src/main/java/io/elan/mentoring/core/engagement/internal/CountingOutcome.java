package io.elan.mentoring.core.engagement.internal;

/**
 * What the engine's engagement counters did with one event. Only {@link #COUNTED} changes the weekly counters; a
 * rejected event is neither stored in the activity log nor counted, so the log never holds what the tracker refused.
 */
public enum CountingOutcome {
    /** Stored in the activity log and counted once. */
    COUNTED,
    /** The activity log already held an event with this id (the first one wins): ignored, counted once in total. */
    DUPLICATE,
    /** Rejected: the tenant has no such program. */
    UNKNOWN_PROGRAM,
    /** Rejected: a pair meeting or message for a pair the program does not have. */
    UNKNOWN_PAIR,
    /**
     * Rejected: a personal event for someone who is neither a participant nor a member of one of the program's pairs.
     */
    UNKNOWN_PERSON,
    /** Rejected: a pair meeting or message without a pair, or a personal event without a person. */
    MISSING_SUBJECT,
    /** Rejected: dated later than the clock plus the configured tolerance. */
    FUTURE,
    /** Rejected: dated before the kick-off or after the program's last week. */
    OUTSIDE_PROGRAM;

    /** @return whether the event was refused (neither stored nor counted) */
    public boolean isRejected() {
        return this != COUNTED && this != DUPLICATE;
    }
}
