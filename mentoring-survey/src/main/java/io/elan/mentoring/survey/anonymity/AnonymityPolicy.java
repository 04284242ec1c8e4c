package io.elan.mentoring.survey.anonymity;

import io.elan.mentoring.spi.validation.Checks;


/**
 * The thresholds the anonymity guard applies.
 *
 * @param threshold k, the fewest respondents behind any released figure: at least {@value #MIN_THRESHOLD}
 * @param freeTextThreshold the fewest respondents of a group whose comments are shown: at least
 *     {@value #MIN_FREE_TEXT_THRESHOLD} and at least {@code threshold}
 */
public record AnonymityPolicy(int threshold, int freeTextThreshold) {
    /** The lowest k accepted: below three, two colleagues comparing answers learn the third's. */
    public static final int MIN_THRESHOLD = 3;
    /** The default k. */
    public static final int DEFAULT_THRESHOLD = 5;
    /** The lowest free-text threshold accepted: wording identifies people more easily than numbers. */
    public static final int MIN_FREE_TEXT_THRESHOLD = 10;

    /**
     * Validates both thresholds and lists every broken rule.
     *
     * @param threshold k, the fewest respondents behind any released figure: at least {@value #MIN_THRESHOLD}
     * @param freeTextThreshold the fewest respondents of a group whose comments are shown: at least
     *         {@value #MIN_FREE_TEXT_THRESHOLD} and at least {@code threshold}
     */
    public AnonymityPolicy {
        Checks.Collector require = Checks.collector();
        require.that(threshold >= MIN_THRESHOLD, "threshold", "must be at least " + MIN_THRESHOLD, threshold);
        require.that(freeTextThreshold >= Math.max(MIN_FREE_TEXT_THRESHOLD, threshold), "freeTextThreshold",
                "must be at least " + MIN_FREE_TEXT_THRESHOLD + " and at least threshold", freeTextThreshold);
        require.orThrow();
    }

    /** @return k = 5, comments for groups of 10 or more */
    public static AnonymityPolicy defaults() {
        return new AnonymityPolicy(DEFAULT_THRESHOLD, MIN_FREE_TEXT_THRESHOLD);
    }

    /**
     * @param threshold k, at least {@value #MIN_THRESHOLD}
     * @return a policy with that k and comments for groups of at least max(10, k)
     */
    public static AnonymityPolicy withThreshold(int threshold) {
        return new AnonymityPolicy(threshold, Math.max(MIN_FREE_TEXT_THRESHOLD, threshold));
    }
}
