package io.elan.mentoring.survey.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Rules the statistics must follow for any data. */
class StatisticsProperties {

    @Property(tries = 300)
    void quantilesFromCountsMatchDefinitionSevenOnSortedData(@ForAll("likert") int[] answers,
            @ForAll @DoubleRange(min = 0, max = 1) double p) {
        long[] counts = new long[7];
        for (int a : answers) {
            counts[a - 1]++;
        }
        int[] sorted = answers.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        double expected = lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
        assertThat(Quantiles.quantile(counts, 1, p)).isCloseTo(expected, within(1e-12));
    }

    @Property(tries = 300)
    void wilsonIntervalHoldsTheShareInsideZeroToOne(@ForAll @IntRange(min = 1, max = 5000) int n,
            @ForAll @DoubleRange(min = 0, max = 1) double fraction) {
        long count = Math.round(fraction * n);
        Interval interval = Proportions.wilson(count, n, Proportions.Z95);
        assertThat(interval.lower()).isBetween(0.0, interval.estimate());
        assertThat(interval.upper()).isBetween(interval.estimate(), 1.0);
    }

    @Property(tries = 200)
    void netPromoterIntervalHoldsTheScore(@ForAll @IntRange(min = 1, max = 500) int n,
            @ForAll @IntRange(min = 0, max = 500) int promoters, @ForAll @IntRange(min = 0, max = 500) int detractors) {
        int p = Math.min(promoters, n);
        int d = Math.min(detractors, n - p);
        Interval nps = Proportions.netPromoterScore(p, d, n, Proportions.Z95);
        assertThat(nps.estimate()).isBetween(-100.0, 100.0);
        assertThat(nps.lower()).isBetween(-100.0, nps.estimate());
        assertThat(nps.upper()).isBetween(nps.estimate(), 100.0);
    }

    @Property(tries = 200)
    void swappingSamplesMirrorsTheComparison(@ForAll("likert") int[] x, @ForAll("likert") int[] y) {
        RankComparison forward = RankComparison.of(x, y, true);
        RankComparison backward = RankComparison.of(y, x, true);
        assertThat(forward.u() + backward.u()).isCloseTo((double) x.length * y.length, within(1e-9));
        assertThat(forward.rankBiserial()).isCloseTo(-backward.rankBiserial(), within(1e-12));
        assertThat(forward.p()).isCloseTo(backward.p(), within(1e-12));
    }

    @Provide
    Arbitrary<int[]> likert() {
        return Arbitraries.integers().between(1, 7).array(int[].class).ofMinSize(1).ofMaxSize(60);
    }
}
