package io.elan.mentoring.survey.internal.stats;

/**
 * Cronbach's alpha (Cronbach 1951): α = k/(k − 1) · (1 − Σ var(item) / var(total)), with every variance taken over
 * the same respondents (those who answered every item of the scale) and the same divisor, so the choice of divisor
 * cancels out.
 */
public final class CronbachAlpha {
    private CronbachAlpha() {}

    /**
     * @param scores {@code scores[respondent][item]}, at least two respondents and two items, rectangular
     * @return alpha; {@code NaN} when the total has no variance
     */
    public static double of(int[][] scores) {
        int n = scores.length;
        if (n < 2 || scores[0].length < 2) {
            throw new IllegalArgumentException("need at least two respondents and two items");
        }
        int k = scores[0].length;
        double[] sum = new double[k];
        double[] sumSquares = new double[k];
        double total = 0;
        double totalSquares = 0;
        for (int[] row : scores) {
            if (row.length != k) {
                throw new IllegalArgumentException("every respondent needs " + k + " scores");
            }
            long rowTotal = 0;
            for (int i = 0; i < k; i++) {
                sum[i] += row[i];
                sumSquares[i] += (double) row[i] * row[i];
                rowTotal += row[i];
            }
            total += rowTotal;
            totalSquares += (double) rowTotal * rowTotal;
        }
        return fromSums(n, sum, sumSquares, total, totalSquares);
    }

    /**
     * Alpha from running sums, so that callers holding answers by column need not copy them into rows.
     *
     * @param n the respondents, at least two
     * @param sum per item, the sum of its scores; at least two items
     * @param sumSquares per item, the sum of its squared scores
     * @param total the sum of every respondent's total score
     * @param totalSquares the sum of every respondent's squared total score
     * @return alpha; {@code NaN} when the total has no variance
     */
    public static double fromSums(int n, double[] sum, double[] sumSquares, double total, double totalSquares) {
        int k = sum.length;
        if (n < 2 || k < 2) {
            throw new IllegalArgumentException("need at least two respondents and two items");
        }
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
            itemVariances += sumSquares[i] - sum[i] * sum[i] / n;
        }
        double totalVariance = totalSquares - total * total / n;
        if (totalVariance == 0) {
            return Double.NaN;
        }
        return (double) k / (k - 1) * (1 - itemVariances / totalVariance);
    }
}
