package io.elan.mentoring.survey.internal.stats;

/**
 * Quantiles of integer answers held as counts per value. One definition is used everywhere: Hyndman and Fan (1996)
 * definition 7, the default of R, NumPy and spreadsheets: with the n answers sorted as x[0] ≤ … ≤ x[n−1] and
 * h = (n − 1)·p, the p-quantile is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
 */
public final class Quantiles {
    private Quantiles() {}

    /**
     * @param counts how many answers have value {@code min + i}
     * @param min the value of {@code counts[0]}
     * @param p the probability, 0 to 1
     * @return the p-quantile
     * @throws IllegalArgumentException if there are no answers
     */
    public static double quantile(long[] counts, int min, double p) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        if (n == 0) {
            throw new IllegalArgumentException("no answers");
        }
        double h = (n - 1) * p;
        long lo = (long) Math.floor(h);
        double lower = valueAt(counts, min, lo);
        if (lo + 1 >= n) {
            return lower;
        }
        return lower + (h - lo) * (valueAt(counts, min, lo + 1) - lower);
    }

    private static int valueAt(long[] counts, int min, long position) {
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (position < seen) {
                return min + i;
            }
        }
        throw new IllegalArgumentException("position " + position + " beyond the answers");
    }
}
