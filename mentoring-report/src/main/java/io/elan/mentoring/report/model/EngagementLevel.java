package io.elan.mentoring.report.model;

/**
 * How a pair stands, from best to worst; later constants are more severe, so the order is the scale's order.
 */
public enum EngagementLevel {
    /** Nothing to report. */
    ENGAGED,
    /** A weak signal worth watching. */
    WATCH,
    /** Likely to drop out without a nudge. */
    AT_RISK,
    /** Has stopped or never started. */
    DISENGAGED;

    /**
     * @param other another level
     * @return whether this level is at least as severe as the other
     */
    public boolean atLeast(EngagementLevel other) {
        return compareTo(other) >= 0;
    }

    /** @return whether the pair needs someone's attention: anything but {@link #ENGAGED} */
    public boolean needsAttention() {
        return this != ENGAGED;
    }
}
