package io.elan.mentoring.spi.program;

/**
 * What came of an individual follow-up call.
 */
public enum CallOutcome {
    /** The call took place. */
    REACHED,
    /** Nobody answered; another attempt may follow. */
    NO_ANSWER,
    /** The participant declined the call. */
    DECLINED,
    /** The call took place and raised a concern the program team must act on. */
    CONCERN_RAISED
}
