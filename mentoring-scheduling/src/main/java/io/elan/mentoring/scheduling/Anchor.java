package io.elan.mentoring.scheduling;

/**
 * A fixed point of a program that rituals are placed around.
 */
public enum Anchor {
    /** The kick-off day, the first day of the program. */
    KICK_OFF,
    /** The day halfway between kick-off and closing (rounded down). */
    MID_POINT,
    /** The closing day, the last day of the program. */
    CLOSING
}
