package io.elan.mentoring.core.engagement;

/**
 * How engaged a pair or a person is, from best to worst; later constants are more severe.
 */
public enum EngagementStatus {
    /** Nothing to report. */
    ENGAGED,
    /** A weak signal worth watching: exchanges or attendance are falling. */
    WATCH,
    /** Likely to drop out without a nudge: silence, isolation, or several weak signals together. */
    AT_RISK,
    /** Has stopped or never started. */
    DISENGAGED;

    /**
     * @param other another status
     * @return the more severe of the two
     */
    public EngagementStatus worst(EngagementStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /**
     * @param other another status
     * @return whether this status is at least as severe as the other
     */
    public boolean atLeast(EngagementStatus other) {
        return ordinal() >= other.ordinal();
    }
}
