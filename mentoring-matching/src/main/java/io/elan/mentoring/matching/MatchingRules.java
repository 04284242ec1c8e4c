package io.elan.mentoring.matching;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A program's matching rules: the hard rules no proposed pair ever breaks, the weights of the soft criteria that
 * score the pairs, and whether to protect the weakest pair. Immutable; {@link #defaults()} suits most programs.
 *
 * <p>Hard rules, always: a mentor is never in the mentee's reporting line nor the mentee in the mentor's; nobody is
 * paired with someone either of them blocked, nor in a pairing the program team excluded; no mentor takes more
 * mentees than their capacity. Hard rules as set here: the mentor is at least {@code minimumLevelGap} levels above the
 * mentee, and the two share a language unless {@code sharedLanguageRequired} is off.
 *
 * @param minimumLevelGap how many seniority levels the mentor is at least above the mentee, {@code -}{@value
 *     MatchingProfile#MAX_LEVEL} to {@value MatchingProfile#MAX_LEVEL}; 0 allows peers, a negative gap allows
 *     reverse mentoring
 * @param sharedLanguageRequired whether the two must share at least one language
 * @param targetLevelGap the seniority gap that earns all of the level-gap weight, at least {@code minimumLevelGap}
 * @param departmentPreference which department earns the department weight
 * @param weights the points each soft criterion can give
 * @param protectWeakest whether, among the proposals with the most pairs and the highest total, to take one whose
 *     lowest pair score is highest
 */
public record MatchingRules(int minimumLevelGap, boolean sharedLanguageRequired, int targetLevelGap,
        DepartmentPreference departmentPreference, CriterionWeights weights, boolean protectWeakest) {

    /** Default {@link #minimumLevelGap()}: the mentor is at least one level above. */
    public static final int DEFAULT_MINIMUM_LEVEL_GAP = 1;
    /** Default {@link #targetLevelGap()}: two levels, near enough to relate, far enough to learn from. */
    public static final int DEFAULT_TARGET_LEVEL_GAP = 2;

    /**
     * Checks every field, reporting every broken rule at once.
     *
     * @param minimumLevelGap how many seniority levels the mentor is at least above the mentee, {@code -}{@value
     *         MatchingProfile#MAX_LEVEL} to {@value MatchingProfile#MAX_LEVEL}; 0 allows peers, a negative gap allows
     *         reverse mentoring
     * @param sharedLanguageRequired whether the two must share at least one language
     * @param targetLevelGap the seniority gap that earns all of the level-gap weight, at least {@code minimumLevelGap}
     * @param departmentPreference which department earns the department weight
     * @param weights the points each soft criterion can give
     * @param protectWeakest whether, among the proposals with the most pairs and the highest total, to take one whose
     *         lowest pair score is highest
     * @throws InvalidValueException naming each field and its rule
     */
    public MatchingRules {
        List<Violation> violations = new ArrayList<>();
        check(violations, minimumLevelGap, targetLevelGap, departmentPreference, weights);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    private static void check(List<Violation> violations, int minimumLevelGap, int targetLevelGap,
            @Nullable DepartmentPreference departmentPreference, @Nullable CriterionWeights weights) {
        int max = MatchingProfile.MAX_LEVEL;
        if (minimumLevelGap < -max || minimumLevelGap > max) {
            violations.add(Violation.of("minimumLevelGap", "must be between -" + max + " and " + max,
                    minimumLevelGap));
        }
        if (targetLevelGap < -max || targetLevelGap > max) {
            violations.add(Violation.of("targetLevelGap", "must be between -" + max + " and " + max,
                    targetLevelGap));
        } else if (targetLevelGap < minimumLevelGap) {
            violations.add(Violation.of("targetLevelGap",
                    "must be at least minimumLevelGap (" + minimumLevelGap + ")", targetLevelGap));
        }
        if (departmentPreference == null) {
            violations.add(Violation.of("departmentPreference", "is required"));
        }
        if (weights == null) {
            violations.add(Violation.of("weights", "is required"));
        }
    }

    /**
     * @return mentors at least one level above, a shared language, a target gap of two levels, another department
     *     preferred, the {@linkplain CriterionWeights#defaults() default weights}, the weakest not protected
     */
    public static MatchingRules defaults() {
        return builder().build();
    }

    /** @return a builder holding the {@linkplain #defaults() defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these rules */
    public Builder toBuilder() {
        return new Builder().minimumLevelGap(minimumLevelGap).sharedLanguageRequired(sharedLanguageRequired)
                .targetLevelGap(targetLevelGap).departmentPreference(departmentPreference).weights(weights)
                .protectWeakest(protectWeakest);
    }

    /** @return the most points one pair can score under these rules */
    public int maxPairScore() {
        return weights.total() - (departmentPreference == DepartmentPreference.NO_PREFERENCE ? weights.department()
                : 0);
    }

    /** Builds {@link MatchingRules}, starting from the defaults. Not thread-safe. */
    public static final class Builder {
        private int minimumLevelGap = DEFAULT_MINIMUM_LEVEL_GAP;
        private boolean sharedLanguageRequired = true;
        private int targetLevelGap = DEFAULT_TARGET_LEVEL_GAP;
        private @Nullable DepartmentPreference departmentPreference = DepartmentPreference.OTHER_DEPARTMENT;
        private @Nullable CriterionWeights weights = CriterionWeights.defaults();
        private boolean protectWeakest;

        private Builder() {}

        /**
         * @param value levels the mentor is at least above the mentee
         * @return this builder
         */
        public Builder minimumLevelGap(int value) { minimumLevelGap = value; return this; }

        /**
         * @param value whether a shared language is required
         * @return this builder
         */
        public Builder sharedLanguageRequired(boolean value) { sharedLanguageRequired = value; return this; }

        /**
         * @param value the seniority gap that earns all of its weight
         * @return this builder
         */
        public Builder targetLevelGap(int value) { targetLevelGap = value; return this; }

        /**
         * @param value which department earns its weight
         * @return this builder
         */
        public Builder departmentPreference(@Nullable DepartmentPreference value) {
            departmentPreference = value;
            return this;
        }

        /**
         * @param value the weights of the soft criteria
         * @return this builder
         */
        public Builder weights(@Nullable CriterionWeights value) { weights = value; return this; }

        /**
         * @param value whether to protect the weakest pair
         * @return this builder
         */
        public Builder protectWeakest(boolean value) { protectWeakest = value; return this; }

        /**
         * @return the rules
         * @throws InvalidValueException listing every broken rule
         */
        public MatchingRules build() {
            return new MatchingRules(minimumLevelGap, sharedLanguageRequired, targetLevelGap, departmentPreference,
                    weights, protectWeakest);
        }
    }
}
