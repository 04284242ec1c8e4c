package io.elan.mentoring.spi.program;

/**
 * Who a touchpoint is for.
 */
public enum Audience {
    /** The mentor community only. */
    MENTORS,
    /** The mentee community only. */
    MENTEES,
    /** Both communities together. */
    BOTH;

    /**
     * @param role a participant's role
     * @return whether a participant with that role is part of this audience
     */
    public boolean includes(Role role) {
        return switch (this) {
            case MENTORS -> role == Role.MENTOR;
            case MENTEES -> role == Role.MENTEE;
            case BOTH -> true;
        };
    }
}
