package io.elan.mentoring.spi.program;

/**
 * The community a participant belongs to in one program (communauté des mentors, des mentorés).
 */
public enum Role {
    /** Gives their experience; groupe des mentors. */
    MENTOR,
    /** Is accompanied; groupe des mentorés. */
    MENTEE
}
