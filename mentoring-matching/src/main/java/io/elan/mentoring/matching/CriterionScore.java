package io.elan.mentoring.matching;

import io.elan.mentoring.spi.InvalidValueException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What one soft criterion gave a pair, with the facts behind it. {@link MatchingTexts} says it in words, in French or
 * English. A pair's score is the sum of its criteria's points; a criterion whose weight is 0 is not listed.
 */
public sealed interface CriterionScore {

    /** @return the points this criterion gave, 0 to {@link #maxPoints()} */
    int points();

    /** @return the most this criterion can give: its weight */
    int maxPoints();

    /**
     * @param locale the reader's language
     * @return this criterion in one sentence, with its points
     */
    default String describe(Locale locale) {
        return new MatchingTexts().describe(this, locale);
    }

    /**
     * The mentee's goals the mentor can help with: the weight times the share of the mentee's goals covered, rounded
     * down.
     *
     * @param points the points
     * @param maxPoints the weight
     * @param shared the goals both hold, in alphabetical order
     * @param goals how many goals the mentee has
     */
    record SharedTopics(int points, int maxPoints, List<String> shared, int goals) implements CriterionScore {
        /**
         * Copies the shared topics.
         *
         * @param points the points
         * @param maxPoints the weight
         * @param shared the goals both hold, in alphabetical order
         * @param goals how many goals the mentee has
         */
        public SharedTopics {
            shared = List.copyOf(shared);
            checkPoints(points, maxPoints);
        }
    }

    /**
     * The seniority gap against the program's target: all of the weight at the target, a third less for each level
     * away, nothing from three levels away.
     *
     * @param points the points
     * @param maxPoints the weight
     * @param gap the mentor's level less the mentee's
     * @param target the program's target gap
     */
    record LevelGap(int points, int maxPoints, int gap, int target) implements CriterionScore {
        /**
         * Checks the points.
         *
         * @param points the points
         * @param maxPoints the weight
         * @param gap the mentor's level less the mentee's
         * @param target the program's target gap
         */
        public LevelGap {
            checkPoints(points, maxPoints);
        }
    }

    /**
     * Departments against the program's preference: all of the weight when they match it, nothing otherwise or when
     * either department is unknown.
     *
     * @param points the points
     * @param maxPoints the weight
     * @param mentorDepartment the mentor's department, if known
     * @param menteeDepartment the mentee's department, if known
     * @param preference what the program prefers
     */
    record Department(int points, int maxPoints, @Nullable String mentorDepartment, @Nullable String menteeDepartment,
            DepartmentPreference preference) implements CriterionScore {
        /**
         * Checks the points.
         *
         * @param points the points
         * @param maxPoints the weight
         * @param mentorDepartment the mentor's department, if known
         * @param menteeDepartment the mentee's department, if known
         * @param preference what the program prefers
         */
        public Department {
            checkPoints(points, maxPoints);
        }

        /** @return whether both departments are known and the same */
        public boolean same() {
            return mentorDepartment != null && mentorDepartment.equals(menteeDepartment);
        }

        /** @return whether both departments are known */
        public boolean known() {
            return mentorDepartment != null && menteeDepartment != null;
        }
    }

    /**
     * Where and how they can meet: all of the weight on the same site (neither remote only) or when both want to
     * meet remotely, half of it when they can meet remotely, nothing when they cannot meet easily.
     *
     * @param points the points
     * @param maxPoints the weight
     * @param fit how they can meet
     * @param site their common site, when they share one
     */
    record Location(int points, int maxPoints, LocationFit fit, @Nullable String site) implements CriterionScore {
        /**
         * Checks the points.
         *
         * @param points the points
         * @param maxPoints the weight
         * @param fit how they can meet
         * @param site their common site, when they share one
         */
        public Location {
            checkPoints(points, maxPoints);
        }
    }

    /**
     * Their wishes for each other: each side's wish counts half of the weight for a first wish, a fifth less for each
     * rank below; mutual first wishes earn all of it.
     *
     * @param points the points
     * @param maxPoints the weight
     * @param menteeRank the mentor's rank among the mentee's wishes, 1 first; 0 if not wished
     * @param mentorRank the mentee's rank among the mentor's wishes, 1 first; 0 if not wished
     */
    record Wishes(int points, int maxPoints, int menteeRank, int mentorRank) implements CriterionScore {
        /**
         * Checks the points.
         *
         * @param points the points
         * @param maxPoints the weight
         * @param menteeRank the mentor's rank among the mentee's wishes, 1 first; 0 if not wished
         * @param mentorRank the mentee's rank among the mentor's wishes, 1 first; 0 if not wished
         */
        public Wishes {
            checkPoints(points, maxPoints);
        }

        /** @return whether each wished for the other */
        public boolean mutual() {
            return menteeRank > 0 && mentorRank > 0;
        }
    }

    /** How a mentor and a mentee can meet. */
    enum LocationFit {
        /** On the same site, neither remote only. */
        SAME_SITE,
        /** Both want to meet remotely only. */
        BOTH_REMOTE,
        /** Not on the same site (or not known to be), but both can meet remotely. */
        REMOTE_POSSIBLE,
        /** One meets only in person and they are not known to share a site, or one only in person and the other
         *  only remotely. */
        HARD_TO_MEET
    }

    private static void checkPoints(int points, int maxPoints) {
        if (maxPoints < 0 || points < 0 || points > maxPoints) {
            throw new InvalidValueException("points", "must be between 0 and maxPoints (" + maxPoints + ")",
                    points);
        }
    }
}
