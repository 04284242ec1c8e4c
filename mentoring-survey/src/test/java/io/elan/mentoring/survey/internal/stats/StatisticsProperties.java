package io.elan.mentoring.survey.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Rules the statistics must follow for any data. */
class StatisticsProperties {

    @Test
    @DisplayName("quantiles from counts match definition 7 (Hyndman and Fan) on the sorted data")
    void quantilesFromCountsMatchDefinitionSevenOnSortedData() {
        qt().withExamples(1_000).forAll(LikertAnswers.upTo(60), unitInterval()).checkAssert((answers, p) -> {
            long[] counts = new long[7];
            for (int a : answers) {
                counts[a - 1]++;
            }
            int[] sorted = answers.clone();
            Arrays.sort(sorted);
            double h = (sorted.length - 1) * p;
            int lo = (int) Math.floor(h);
            double expected = lo + 1 < sorted.length
                    ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
            assertThat(Quantiles.quantile(counts, 1, p)).isCloseTo(expected, within(1e-12));
        });
    }

    @Test
    @DisplayName("the Wilson interval holds the share and stays inside [0, 1]")
    void wilsonIntervalHoldsTheShareInsideZeroToOne() {
        qt().withExamples(1_000).forAll(between(1, 5000), unitInterval()).checkAssert((n, fraction) -> {
            long count = Math.round(fraction * n);
            Interval interval = Proportions.wilson(count, n, Proportions.Z95);
            assertThat(interval.lower()).isBetween(0.0, interval.estimate());
            assertThat(interval.upper()).isBetween(interval.estimate(), 1.0);
        });
    }

    @Test
    @DisplayName("the Net Promoter interval holds the score and stays inside [-100, 100]")
    void netPromoterIntervalHoldsTheScore() {
        qt().withExamples(1_000).forAll(between(1, 500), between(0, 500), between(0, 500))
                .checkAssert((n, promoters, detractors) -> {
                    int p = Math.min(promoters, n);
                    int d = Math.min(detractors, n - p);
                    Interval nps = Proportions.netPromoterScore(p, d, n, Proportions.Z95);
                    assertThat(nps.estimate()).isBetween(-100.0, 100.0);
                    assertThat(nps.lower()).isBetween(-100.0, nps.estimate());
                    assertThat(nps.upper()).isBetween(nps.estimate(), 100.0);
                });
    }

    @Test
    @DisplayName("swapping the two samples mirrors the comparison")
    void swappingSamplesMirrorsTheComparison() {
        qt().withExamples(1_000).forAll(LikertAnswers.upTo(60), LikertAnswers.upTo(60)).checkAssert((x, y) -> {
            RankComparison forward = RankComparison.of(x, y, true);
            RankComparison backward = RankComparison.of(y, x, true);
            assertThat(forward.u() + backward.u()).isCloseTo((double) x.length * y.length, within(1e-9));
            assertThat(forward.rankBiserial()).isCloseTo(-backward.rankBiserial(), within(1e-12));
            assertThat(forward.p()).isCloseTo(backward.p(), within(1e-12));
        });
    }

    /** Integers from min to max, a tenth of them on a bound: a share of 0 % or 100 %, a sample of one. */
    private static Gen<Integer> between(int min, int max) {
        return integers().between(min, max).mix(arbitrary().pick(min, max), 10);
    }

    /** Fractions from 0 to 1, a tenth of them exactly 0 or 1, where the bounds of an interval meet its estimate. */
    private static Gen<Double> unitInterval() {
        return doubles().between(0, 1).mix(arbitrary().pick(0.0, 1.0), 10);
    }
}
