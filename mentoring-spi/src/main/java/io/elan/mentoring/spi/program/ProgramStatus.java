package io.elan.mentoring.spi.program;

/**
 * Where a program stands in its life. The engine owns the transitions between these states; a store only keeps them.
 */
public enum ProgramStatus {
    /** Being defined; nobody is enrolled yet. */
    DRAFT,
    /** Mentors and mentees are being enrolled and paired. */
    ENROLLING,
    /** Participants is over and at least one pair is active; waiting for the kick-off. */
    READY,
    /** Between kick-off and the closing phase; the mid-point is a phase inside this state. */
    RUNNING,
    /** The last weeks: closing event, closing questionnaire. */
    CLOSING,
    /** Over; read-only. */
    CLOSED,
    /** Paused by the program team; no ritual runs, no message leaves. */
    SUSPENDED,
    /** Stopped before its end; read-only. */
    CANCELLED;

    /** @return whether nothing may change any more */
    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED;
    }
}
