package io.elan.mentoring.spi.broadcast;

/**
 * What became of one recipient when a message was addressed to its audience.
 */
public enum AddressingOutcome {
    /** A message was put in the outbox for them. */
    QUEUED,
    /** They opted out of this kind of message. */
    OPTED_OUT,
    /** No channel reaches them: their preferred one is unsupported or unreachable and there is no usable fallback. */
    NO_CHANNEL
}
