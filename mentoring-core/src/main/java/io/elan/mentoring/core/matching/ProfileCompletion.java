package io.elan.mentoring.core.matching;

import io.elan.mentoring.matching.MatchingProfile;
import io.elan.mentoring.spi.program.Role;

/**
 * Adds to a profile what the people directory does not know: seniority level, site and work mode, topics, wishes and
 * blocks. Called once per participant and proposal; must be thread-safe when proposals run in parallel.
 */
@FunctionalInterface
public interface ProfileCompletion {

    /**
     * @param fromDirectory the profile the engine derived from the directory and the enrolment: department (the
     *     directory's org unit), reporting line (the chain of managers), languages (the person's and the
     *     participant's), level 0, nothing else
     * @param role whether the person is a mentor or a mentee of the program
     * @return the completed profile, for the same person
     */
    MatchingProfile complete(MatchingProfile fromDirectory, Role role);

    /** @return a completion that keeps what the directory gives */
    static ProfileCompletion none() {
        return (profile, role) -> profile;
    }
}
