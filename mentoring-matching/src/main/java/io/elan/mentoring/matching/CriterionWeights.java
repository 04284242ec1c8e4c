package io.elan.mentoring.matching;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * How many points each soft criterion can give a pair; a pair's score is the sum of what it earns on each. Whole
 * numbers keep scores exact and proposals reproducible.
 *
 * @param topics the mentee's goals the mentor can help with, 0 to {@value #MAX_WEIGHT}
 * @param levelGap a seniority gap near the program's target, 0 to {@value #MAX_WEIGHT}
 * @param department the department the program prefers, 0 to {@value #MAX_WEIGHT}
 * @param location the same site, or both meeting remotely, 0 to {@value #MAX_WEIGHT}
 * @param wishes each one's wishes for the other, mutual wishes earning all, 0 to {@value #MAX_WEIGHT}
 */
public record CriterionWeights(int topics, int levelGap, int department, int location, int wishes) {

    /** Heaviest weight of one criterion. */
    public static final int MAX_WEIGHT = 100;

    /**
     * Checks each weight is in range.
     *
     * @param topics the mentee's goals the mentor can help with, 0 to {@value #MAX_WEIGHT}
     * @param levelGap a seniority gap near the program's target, 0 to {@value #MAX_WEIGHT}
     * @param department the department the program prefers, 0 to {@value #MAX_WEIGHT}
     * @param location the same site, or both meeting remotely, 0 to {@value #MAX_WEIGHT}
     * @param wishes each one's wishes for the other, mutual wishes earning all, 0 to {@value #MAX_WEIGHT}
     * @throws InvalidValueException naming each weight out of range
     */
    public CriterionWeights {
        List<Violation> violations = new ArrayList<>();
        check("topics", topics, violations);
        check("levelGap", levelGap, violations);
        check("department", department, violations);
        check("location", location, violations);
        check("wishes", wishes, violations);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    /**
     * The default balance, 100 points in all: goals and skills first (35), then wishes (20), then seniority,
     * department and location (15 each).
     *
     * @return the default weights
     */
    public static CriterionWeights defaults() {
        return new CriterionWeights(35, 15, 15, 15, 20);
    }

    /** @return the sum of the weights, the most any pair can score when departments count */
    public int total() {
        return topics + levelGap + department + location + wishes;
    }

    private static void check(String field, int weight, List<Violation> violations) {
        if (weight < 0 || weight > MAX_WEIGHT) {
            violations.add(Violation.of(field, "must be between 0 and " + MAX_WEIGHT, weight));
        }
    }
}
