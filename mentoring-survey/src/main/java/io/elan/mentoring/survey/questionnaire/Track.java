package io.elan.mentoring.survey.questionnaire;

import io.elan.mentoring.spi.program.Role;

/** Who an item is asked of: everyone, or only the mentor or the mentee track. */
public enum Track {
    /** Mentors and mentees. */
    EVERYONE,
    /** Mentors only (parcours mentors). */
    MENTORS,
    /** Mentees only (parcours mentorés). */
    MENTEES;

    /**
     * @param role the respondent's role
     * @return whether a respondent of that role is asked the item
     */
    public boolean includes(Role role) {
        return this == EVERYONE || (this == MENTORS) == (role == Role.MENTOR);
    }
}
