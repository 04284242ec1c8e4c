package io.elan.mentoring.survey.internal.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Confidence intervals for proportions. The Wilson score interval is used rather than the Wald interval because it
 * stays inside [0, 1] and keeps its coverage for the small groups and extreme shares surveys produce (Newcombe 1998).
 */
public final class Proportions {
    /** The standard normal quantile for a two-sided 95% interval, from Commons Statistics. */
    public static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    private Proportions() {}

    /**
     * The Wilson score interval (Wilson 1927), without continuity correction.
     *
     * @param count the successes
     * @param n the trials, at least 1
     * @param z the normal quantile, such as {@link #Z95}
     * @return the share with its interval
     */
    public static Interval wilson(long count, long n, double z) {
        if (n <= 0 || count < 0 || count > n) {
            throw new IllegalArgumentException("need 0 <= count <= n and n > 0, got " + count + "/" + n);
        }
        double p = (double) count / n;
        double z2 = z * z;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        // At 0/n and n/n the bound is exactly the share; rounding must not push it past.
        return new Interval(p, Math.min(p, Math.max(0, centre - half)), Math.max(p, Math.min(1, centre + half)));
    }

    /**
     * The difference of two independent proportions with Newcombe's hybrid score interval (Newcombe 1998, method
     * 10), built from the two Wilson intervals.
     *
     * @param count1 successes in the first group
     * @param n1 size of the first group
     * @param count2 successes in the second group
     * @param n2 size of the second group
     * @param z the normal quantile
     * @return p1 − p2 with its interval
     */
    public static Interval newcombeDifference(long count1, long n1, long count2, long n2, double z) {
        Interval a = wilson(count1, n1, z);
        Interval b = wilson(count2, n2, z);
        double d = a.estimate() - b.estimate();
        double lower = d - Math.sqrt(square(a.estimate() - a.lower()) + square(b.upper() - b.estimate()));
        double upper = d + Math.sqrt(square(a.upper() - a.estimate()) + square(b.estimate() - b.lower()));
        return new Interval(d, lower, upper);
    }

    /**
     * The net promoter score, promoters minus detractors in percentage points, with the Wald interval of the
     * difference of two shares of one multinomial sample: Var = (pP + pD − (pP − pD)²) / n. The interval is clipped
     * to [−100, 100].
     *
     * @param promoters answers of 9 or 10
     * @param detractors answers of 0 to 6
     * @param n all answers, at least 1
     * @param z the normal quantile
     * @return the score with its interval, in points from −100 to 100
     */
    public static Interval netPromoterScore(long promoters, long detractors, long n, double z) {
        if (n <= 0 || promoters < 0 || detractors < 0 || promoters + detractors > n) {
            throw new IllegalArgumentException("need promoters + detractors <= n and n > 0");
        }
        double pp = (double) promoters / n;
        double pd = (double) detractors / n;
        double score = pp - pd;
        double half = z * Math.sqrt(Math.max(0, pp + pd - score * score) / n);
        return new Interval(100 * score, Math.max(-100, 100 * (score - half)), Math.min(100, 100 * (score + half)));
    }

    private static double square(double x) {
        return x * x;
    }
}
