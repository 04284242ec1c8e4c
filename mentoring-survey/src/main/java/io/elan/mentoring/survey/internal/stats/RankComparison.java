package io.elan.mentoring.survey.internal.stats;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Mann–Whitney U test on two samples of integer answers held as counts per value, with the normal approximation,
 * the tie correction of the variance and, optionally, the continuity correction; the same definitions as Commons
 * Statistics' {@code MannWhitneyUTest} with {@code PValueMethod.ASYMPTOTIC} and R's {@code wilcox.test(exact =
 * FALSE)}. Working on counts keeps a 100,000-answer comparison linear in the number of distinct values.
 *
 * <p>U is the statistic of the first sample: the number of pairs (x, y) with x &gt; y plus half the ties. The
 * rank-biserial correlation is r = 2U/(n1·n2) − 1 (Kerby 2014, the "simple difference formula"): the share of pairs
 * where the first sample is higher minus the share where it is lower, from −1 to 1.
 *
 * @param u the U statistic of the first sample
 * @param p the two-sided p-value
 * @param rankBiserial the rank-biserial correlation
 * @param ties whether any value occurs more than once
 */
public record RankComparison(double u, double p, double rankBiserial, boolean ties) {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    /**
     * @param first how many answers of the first sample have value {@code min + i}
     * @param second the same for the second sample; same length
     * @param continuityCorrection whether to shift |U − n1·n2/2| by 0.5 towards zero
     * @return the comparison
     * @throws IllegalArgumentException if a sample is empty
     */
    public static RankComparison of(long[] first, long[] second, boolean continuityCorrection) {
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
        double p;
        if (variance <= 0) {
            p = 1;
        } else {
            double distance = Math.abs(u - product / 2);
            if (continuityCorrection) {
                distance = Math.max(0, distance - 0.5);
            }
            p = Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(distance / Math.sqrt(variance)));
        }
        return new RankComparison(u, p, 2 * u / product - 1, ties);
    }

    /**
     * @param x the first sample
     * @param y the second sample
     * @param continuityCorrection whether to apply the continuity correction
     * @return the comparison of two samples of integers
     */
    public static RankComparison of(int[] x, int[] y, boolean continuityCorrection) {
        int[] values = IntStream.concat(Arrays.stream(x), Arrays.stream(y))
                .distinct().sorted().toArray();
        long[] first = new long[values.length];
        long[] second = new long[values.length];
        for (int v : x) {
            first[Arrays.binarySearch(values, v)]++;
        }
        for (int v : y) {
            second[Arrays.binarySearch(values, v)]++;
        }
        return of(first, second, continuityCorrection);
    }
}
