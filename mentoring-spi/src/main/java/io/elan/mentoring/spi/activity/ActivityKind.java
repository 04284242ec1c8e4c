package io.elan.mentoring.spi.activity;

/**
 * What an activity event records.
 */
public enum ActivityKind {
    /** A pair met (in person or by video). */
    PAIR_MEETING,
    /** A pair exchanged messages. */
    PAIR_MESSAGE,
    /** A participant attended a touchpoint. */
    TOUCHPOINT_ATTENDED,
    /** A participant raised a hotline request. */
    HOTLINE_REQUEST,
    /** A participant answered a questionnaire (the answers themselves are never linked to the person). */
    SURVEY_ANSWERED,
    /** A follow-up call took place with a participant. */
    CHECKPOINT_CALL
}
