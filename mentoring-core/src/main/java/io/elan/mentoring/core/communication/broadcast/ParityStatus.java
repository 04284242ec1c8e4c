package io.elan.mentoring.core.communication.broadcast;

/**
 * Where one member of a broadcast's audience stands.
 */
public enum ParityStatus {
    /** The gateway accepted their message (the broadcast itself or a catch-up digest holding it). */
    DELIVERED,
    /** Their message is in the outbox, not delivered yet: waiting, retrying, or deferred by quiet hours. */
    IN_PROGRESS,
    /** Their message was dead-lettered: the gateway refused it for good or the attempts ran out. */
    BOUNCED,
    /** They opted out of this kind of message. */
    OPTED_OUT,
    /** No channel reaches them. */
    NO_CHANNEL,
    /** An active member who joined after the broadcast and whose catch-up digest was not produced yet. */
    NOT_ADDRESSED
}
