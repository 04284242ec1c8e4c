package io.elan.mentoring.survey.report;

/**
 * Why the anonymity guard withheld a figure. Every reason but the first comes from the release audit: combined with
 * every figure already released from the wave, by sums and differences of any number of them, releasing this one
 * would let fewer respondents than the threshold be told apart.
 */
public enum WithheldReason {
    /** Fewer respondents than the threshold (or, for comments, than the free-text threshold). */
    FEWER_THAN_THRESHOLD,
    /**
     * A group outside this figure would be deduced: a figure already released minus this one would leave fewer
     * respondents than the threshold, as a total minus every sibling but a small one.
     */
    PROTECTS_SMALLER_GROUP,
    /**
     * Part of this figure's own respondents would be deduced: it differs from figures already released by fewer
     * respondents than the threshold, as the same report after one more response.
     */
    TOO_CLOSE_TO_RELEASED
}
