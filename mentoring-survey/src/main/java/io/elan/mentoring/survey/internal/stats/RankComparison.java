package io.elan.mentoring.survey.internal.stats;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Mann–Whitney U test on two samples of integer answers held as counts per value, two-sided, with the p-value
 * from either of the two methods of SciPy's {@code scipy.stats.mannwhitneyu}:
 * <ul>
 *   <li>{@code method='asymptotic'}: the normal approximation with the tie correction of the variance and, when
 *       {@code use_continuity=True}, the continuity correction; the same definitions as Commons Statistics'
 *       {@code MannWhitneyUTest} with {@code PValueMethod.ASYMPTOTIC} and R's {@code wilcox.test(exact = FALSE)};</li>
 *   <li>{@code method='exact'}: the exact null distribution of U (Mann and Whitney 1947), counted as the
 *       coefficients of the Gaussian binomial coefficient [n₁+n₂ choose n₁]_q, and p = 2·P(U ≥ max(U₁, U₂)) capped at
 *       1. It holds only without ties, and is computed only for samples small enough to count in 62 bits.</li>
 * </ul>
 * Working on counts keeps a 100,000-answer comparison linear in the number of distinct values.
 *
 * <p>U is the statistic of the first sample: the number of pairs (x, y) with x &gt; y plus half the ties. The
 * rank-biserial correlation is r = 2U/(n1·n2) − 1 (Kerby 2014, the "simple difference formula"): the share of pairs
 * where the first sample is higher minus the share where it is lower, from −1 to 1.
 *
 * @param u the U statistic of the first sample
 * @param p the two-sided p-value
 * @param rankBiserial the rank-biserial correlation
 * @param ties whether any value occurs more than once
 * @param exact whether p comes from the exact distribution rather than the normal approximation
 * @param continuityCorrection whether the normal approximation was continuity-corrected; false for an exact p
 */
public record RankComparison(double u, double p, double rankBiserial, boolean ties, boolean exact,
        boolean continuityCorrection) {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    /** The largest number of arrangements counted exactly: every coefficient then fits in a long. */
    private static final double MAX_ARRANGEMENTS = 0x1p62;

    /**
     * The asymptotic test.
     *
     * @param first how many answers of the first sample have value {@code min + i}
     * @param second the same for the second sample; same length
     * @param continuityCorrection whether to shift |U − n1·n2/2| by 0.5 towards zero
     * @return the comparison
     * @throws IllegalArgumentException if a sample is empty
     */
    public static RankComparison of(long[] first, long[] second, boolean continuityCorrection) {
        Ranks ranks = Ranks.of(first, second);
        double p;
        if (ranks.variance <= 0) {
            p = 1;
        } else {
            double distance = Math.abs(ranks.u - ranks.product / 2);
            if (continuityCorrection) {
                distance = Math.max(0, distance - 0.5);
            }
            p = Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(distance / Math.sqrt(ranks.variance)));
        }
        return new RankComparison(ranks.u, p, 2 * ranks.u / ranks.product - 1, ranks.ties, false,
                continuityCorrection);
    }

    /**
     * The exact test.
     *
     * @param first how many answers of the first sample have value {@code min + i}
     * @param second the same for the second sample; same length
     * @return the comparison
     * @throws IllegalArgumentException if a sample is empty, or {@link #exactApplies} is false
     */
    public static RankComparison exact(long[] first, long[] second) {
        Ranks ranks = Ranks.of(first, second);
        if (!exactApplies(ranks.n1, ranks.n2, ranks.ties)) {
            throw new IllegalArgumentException("the exact distribution applies to samples without ties of at most "
                    + "2^62 arrangements");
        }
        int m = (int) ranks.n1;
        int n = (int) ranks.n2;
        long[] arrangements = arrangementsByU(m, n);
        long total = 0;
        for (long count : arrangements) {
            total += count;
        }
        // Without ties U is a whole number.
        int upper = (int) Math.max(ranks.u, ranks.product - ranks.u);
        long atLeast = 0;
        for (int u = upper; u < arrangements.length; u++) {
            atLeast += arrangements[u];
        }
        double p = Math.min(1, 2.0 * atLeast / total);
        return new RankComparison(ranks.u, p, 2 * ranks.u / ranks.product - 1, false, true, false);
    }

    /**
     * @param n1 the first sample's size
     * @param n2 the second sample's size
     * @param ties whether any value occurs more than once in the two samples together
     * @return whether {@link #exact} applies: no ties, and few enough arrangements to count exactly
     */
    public static boolean exactApplies(long n1, long n2, boolean ties) {
        if (ties || n1 <= 0 || n2 <= 0) {
            return false;
        }
        double arrangements = 1;
        long small = Math.min(n1, n2);
        for (long i = 1; i <= small; i++) {
            arrangements = arrangements * (n1 + n2 - small + i) / i;
            if (arrangements > MAX_ARRANGEMENTS) {
                return false;
            }
        }
        return true;
    }

    /**
     * The number of arrangements of m first-sample and n second-sample values giving each U, 0 to m·n: the
     * coefficients of ∏_{i=1..m} (1 − q^(n+i)) / (1 − q^i), built one factor at a time so that every intermediate
     * polynomial is again a Gaussian binomial coefficient with non-negative whole coefficients.
     */
    private static long[] arrangementsByU(int m, int n) {
        long[] poly = new long[m * n + 1];
        poly[0] = 1;
        int degree = 0;
        for (int i = 1; i <= m; i++) {
            int shift = n + i;
            int grown = degree + n;
            for (int u = grown; u >= shift; u--) {
                poly[u] -= poly[u - shift];
            }
            for (int u = i; u <= grown; u++) {
                poly[u] += poly[u - i];
            }
            degree = grown;
        }
        return poly;
    }

    /**
     * @param x the first sample
     * @param y the second sample
     * @param continuityCorrection whether to apply the continuity correction
     * @return the asymptotic comparison of two samples of integers
     */
    public static RankComparison of(int[] x, int[] y, boolean continuityCorrection) {
        long[][] counts = counts(x, y);
        return of(counts[0], counts[1], continuityCorrection);
    }

    /**
     * @param x the first sample
     * @param y the second sample
     * @return the exact comparison of two samples of integers
     * @throws IllegalArgumentException if the exact distribution does not apply
     */
    public static RankComparison exact(int[] x, int[] y) {
        long[][] counts = counts(x, y);
        return exact(counts[0], counts[1]);
    }

    private static long[][] counts(int[] x, int[] y) {
        int[] values = IntStream.concat(Arrays.stream(x), Arrays.stream(y)).distinct().sorted().toArray();
        long[] first = new long[values.length];
        long[] second = new long[values.length];
        for (int v : x) {
            first[Arrays.binarySearch(values, v)]++;
        }
        for (int v : y) {
            second[Arrays.binarySearch(values, v)]++;
        }
        return new long[][] {first, second};
    }

    /** U, the tie-corrected variance of U and the sizes, from the counts of both samples. */
    private record Ranks(long n1, long n2, double u, double product, double variance, boolean ties) {
        static Ranks of(long[] first, long[] second) {
            if (first.length != second.length) {
                throw new IllegalArgumentException("the count tables must align");
            }
            long n1 = 0;
            long n2 = 0;
            for (int i = 0; i < first.length; i++) {
                n1 += first[i];
                n2 += second[i];
            }
            if (n1 == 0 || n2 == 0) {
                throw new IllegalArgumentException("both samples need at least one answer");
            }
            double n = n1 + n2;
            double rankSum = 0;
            double tieTerm = 0;
            long below = 0;
            boolean ties = false;
            for (int i = 0; i < first.length; i++) {
                long t = first[i] + second[i];
                if (t == 0) {
                    continue;
                }
                double averageRank = below + (t + 1) / 2.0;
                rankSum += first[i] * averageRank;
                tieTerm += (double) t * t * t - t;
                ties |= t > 1;
                below += t;
            }
            double u = rankSum - n1 * (n1 + 1) / 2.0;
            double product = (double) n1 * n2;
            double variance = product / 12.0 * ((n + 1) - tieTerm / (n * (n - 1)));
            return new Ranks(n1, n2, u, product, variance, ties);
        }
    }
}
