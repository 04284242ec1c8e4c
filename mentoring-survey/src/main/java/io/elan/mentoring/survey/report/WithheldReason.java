package io.elan.mentoring.survey.report;

/** Why the anonymity guard withheld a figure. */
public enum WithheldReason {
    /** Fewer respondents than the threshold (or, for comments, than the free-text threshold). */
    FEWER_THAN_THRESHOLD,
    /** Complementary suppression: a sibling group was withheld and this one would let it be deduced by subtraction. */
    PROTECTS_SMALLER_GROUP,
    /** The group differs from, or completes, figures already released by fewer respondents than the threshold. */
    TOO_CLOSE_TO_RELEASED
}
