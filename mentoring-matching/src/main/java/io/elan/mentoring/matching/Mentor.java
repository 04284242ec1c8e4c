package io.elan.mentoring.matching;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A mentor who can take mentees in a proposal.
 *
 * @param profile the mentor's profile
 * @param capacity how many more mentees they can take, 0 to {@value #MAX_CAPACITY}: the program's capacity, or the
 *     mentor's own if lower, less the pairs they already have
 */
public record Mentor(MatchingProfile profile, int capacity) {

    /** Most mentees one mentor may take in one proposal. */
    public static final int MAX_CAPACITY = 1_000;

    /**
     * Checks the profile is given and the capacity in range.
     *
     * @param profile the mentor's profile
     * @param capacity how many more mentees they can take, 0 to {@value #MAX_CAPACITY}: the program's capacity, or the
     *         mentor's own if lower, less the pairs they already have
     * @throws InvalidValueException naming {@code profile} or {@code capacity}
     */
    public Mentor {
        List<Violation> violations = new ArrayList<>();
        if (profile == null) {
            violations.add(Violation.of("profile", "is required"));
        }
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            violations.add(Violation.of("capacity", "must be between 0 and " + MAX_CAPACITY, capacity));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }
}
