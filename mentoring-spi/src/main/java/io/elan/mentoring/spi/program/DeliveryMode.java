package io.elan.mentoring.spi.program;

/**
 * How people take part in a touchpoint (présentiel ou distanciel).
 */
public enum DeliveryMode {
    /** Everyone in one room. */
    IN_PERSON,
    /** Video call or webinar. */
    REMOTE,
    /** Some in the room, some remote. */
    HYBRID,
    /** Nothing to attend: a message or a publication. */
    ASYNCHRONOUS
}
