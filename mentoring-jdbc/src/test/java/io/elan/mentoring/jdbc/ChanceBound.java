package io.elan.mentoring.jdbc;

import java.util.List;

/**
 * How many responses a guess links to the right respondent by chance alone, when each published batch is in a uniformly
 * random order relative to everything the guesser sees.
 *
 * <p>The reasoning. Fix everything an operator observes. Within a batch of m responses, the true assignment of
 * responses to the batch's respondents is then a uniform random bijection, drawn afresh for every batch (the collector
 * shuffles each batch with a {@code SecureRandom} and gives it fresh random tokens). A guess is a function of the
 * observations, so it is fixed too; if it is injective (no respondent named twice), the number of right links in the
 * batch is at most the number of fixed points of a uniform random permutation of m: complete the guess's pairs inside
 * the batch into a bijection, which can only add right links, and a fixed bijection agrees with a uniform one exactly
 * as often as a uniform permutation has fixed points. Batches are shuffled independently, so the total is at most a
 * sum of independent fixed-point counts, one per batch. Its exact distribution is known: a uniform permutation of m
 * elements has j fixed points with probability (1/j!)·Σ_{i=0}^{m−j} (−1)^i/i! (the rencontres numbers; Feller,
 * An Introduction to Probability Theory and Its Applications, vol. 1, 3rd ed., IV.4), mean 1 and variance 1 for
 * m ≥ 2.
 * The threshold is the smallest t with P(sum ≥ t) ≤ α, from the exact convolution. This is tighter than a binomial
 * bound with p = 1/k, which would ignore that a permutation's right guesses cannot all be independent.
 */
final class ChanceBound {
    private ChanceBound() {}

    /**
     * @param m the size of a permutation
     * @return the probability of each number of fixed points, 0 to m
     */
    static double[] fixedPoints(int m) {
        double[] alternating = new double[m + 1];
        double term = 1;
        double sum = 0;
        for (int i = 0; i <= m; i++) {
            if (i > 0) {
                term /= -i;
            }
            sum += term;
            alternating[i] = sum;
        }
        double[] p = new double[m + 1];
        double factorial = 1;
        for (int j = 0; j <= m; j++) {
            if (j > 0) {
                factorial *= j;
            }
            p[j] = alternating[m - j] / factorial;
        }
        return p;
    }

    /**
     * @param batchSizes the size of every published batch
     * @param alpha the chance allowed of a guess doing this well by luck
     * @return the fewest right links that a guess makes with probability at most {@code alpha}: a guess with this
     *     many or more has beaten chance
     */
    static int threshold(List<Integer> batchSizes, double alpha) {
        double[] total = {1};
        for (int m : batchSizes) {
            double[] batch = fixedPoints(m);
            double[] next = new double[total.length + m];
            for (int a = 0; a < total.length; a++) {
                for (int b = 0; b < batch.length; b++) {
                    next[a + b] += total[a] * batch[b];
                }
            }
            total = next;
        }
        double tail = 0;
        for (int t = total.length - 1; t >= 0; t--) {
            if (tail + total[t] > alpha) {
                return t + 1;
            }
            tail += total[t];
        }
        return 0;
    }
}
