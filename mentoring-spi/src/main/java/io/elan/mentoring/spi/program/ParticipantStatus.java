package io.elan.mentoring.spi.program;

/**
 * Whether a participant is still taking part.
 */
public enum ParticipantStatus {
    /** Takes part: receives messages and invitations. */
    ACTIVE,
    /** The people directory says the person left the company; flagged for the program team, never silently dropped. */
    LEFT,
    /** Withdrew from the program. */
    WITHDRAWN
}
