package io.elan.mentoring.core.activity;

/**
 * What became of one reported activity event.
 */
public enum ActivityOutcome {
    /** Newly stored in the activity log and counted by engagement detection. */
    APPENDED,
    /** The activity log already held this event (reported earlier, or twice in one batch): nothing changed. */
    DUPLICATE,
    /**
     * Neither stored nor counted, for the {@link ActivityRefusal} the {@link ReportedActivity} carries. Reporting it
     * again once the reason is gone (the clock has passed its date, the pair exists) stores it then.
     */
    REFUSED
}
