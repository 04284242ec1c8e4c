package io.elan.mentoring.core.activity;

/**
 * Why a reported activity event was refused. A refused event is not in the activity log and counts for nothing in
 * engagement detection.
 */
public enum ActivityRefusal {
    /**
     * Dated later than the engine's clock, beyond
     * {@link io.elan.mentoring.core.engagement.EngagementSettings#futureTolerance()}: what has not happened yet cannot
     * be counted. A host whose clock is behind the dates it reports (a fixed clock in a test, say) sees every report
     * refused for this reason.
     */
    DATED_IN_THE_FUTURE("dated in the future"),
    /** Names a pair the program does not have. */
    UNKNOWN_PAIR("unknown pair"),
    /** Names someone who is neither a participant of the program nor a member of one of its pairs. */
    UNKNOWN_PERSON("not a participant"),
    /** Dated before the kick-off or after the program's last week. */
    OUTSIDE_PROGRAM("outside the program's weeks");

    private final String description;

    ActivityRefusal(String description) {
        this.description = description;
    }

    /** @return the reason in a few words, as the refusal log line gives it, such as {@code "dated in the future"} */
    public String description() {
        return description;
    }
}
