package io.elan.mentoring.core.engagement;

/**
 * Why a finding was raised. The figures of a {@link Finding} mean, per code:
 * <ul>
 *   <li>{@link #NEVER_STARTED}: {@code observed} meetings since the pair was formed (0), {@code reference} the number
 *       of weeks allowed for a first meeting, {@code weeks} the active weeks since the pair was formed;</li>
 *   <li>{@link #PAIR_SILENCE}: {@code observed} the weighted exchanges left in the window (messages),
 *       {@code reference} the pair's weekly exchanges in its first weeks, {@code norm} the program's median weekly
 *       exchanges, {@code weeks} the active weeks of the window without a meeting;</li>
 *   <li>{@link #RARER_EXCHANGES}: {@code observed} weighted exchanges per active week in the window,
 *       {@code reference} the same in the pair's first weeks, {@code norm} the program's median, {@code weeks} the
 *       window's active weeks;</li>
 *   <li>{@link #FALLING_PARTICIPATION}: {@code observed} the share of touchpoints attended in the window,
 *       {@code reference} the share attended before the window, {@code norm} the program's share in the window,
 *       {@code weeks} the window's active weeks;</li>
 *   <li>{@link #ISOLATION}: {@code observed} 0 (no pair exchange, no touchpoint attended), {@code reference} the
 *       touchpoints the person was invited to in the window, {@code weeks} the window's active weeks;</li>
 *   <li>{@link #PROGRAM_MOMENTUM_DROP}: {@code observed} the share of participants active per week in the second half
 *       of the window, {@code reference} the same in its first half, {@code norm} the share in the program's first
 *       weeks, {@code weeks} the window's active weeks;</li>
 *   <li>{@link #CONCERN_RAISED}: {@code observed} the follow-up calls with the person that raised a concern since the
 *       window began, {@code weeks} the program weeks since the latest of them (0 for this week).</li>
 * </ul>
 */
public enum ReasonCode {
    /** No first meeting some weeks after the pair was formed. */
    NEVER_STARTED(EngagementStatus.DISENGAGED),
    /** No meeting in the whole window. */
    PAIR_SILENCE(EngagementStatus.AT_RISK),
    /**
     * Exchanges fell to the configured ratio of the pair's first weeks or less, below the program's norm; the finding
     * is {@code AT_RISK} instead of {@code WATCH} when they fell to half that ratio or less.
     */
    RARER_EXCHANGES(EngagementStatus.WATCH),
    /** Touchpoint attendance fell by at least the configured ratio against the person's earlier weeks. */
    FALLING_PARTICIPATION(EngagementStatus.WATCH),
    /** A person with neither pair exchange nor touchpoint attended in the window. */
    ISOLATION(EngagementStatus.AT_RISK),
    /** Collective participation fell across the window. */
    PROGRAM_MOMENTUM_DROP(EngagementStatus.AT_RISK),
    /**
     * A follow-up call with the person raised a concern, since the window began, and no later call with them went
     * well. The program manager was alerted when the call was logged; nudges do not repeat the concern to the pair.
     */
    CONCERN_RAISED(EngagementStatus.AT_RISK);

    private final EngagementStatus severity;

    ReasonCode(EngagementStatus severity) {
        this.severity = severity;
    }

    /** @return the status this finding usually leads to; a {@link Finding} carries its own, possibly more severe */
    public EngagementStatus severity() {
        return severity;
    }
}
