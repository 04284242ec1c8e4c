package io.elan.mentoring.survey.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every statistic against published reference values; each test names its source. */
class StatisticsReferenceTest {

    @Test
    @DisplayName("Cronbach's alpha of the three-item example is 0.7734375 (acceptance value of issue 7; Cronbach 1951 formula)")
    void cronbachAlphaReference() {
        int[] q1 = {1, 2, 2, 3, 2, 2, 3, 3, 2, 3};
        int[] q2 = {1, 1, 1, 2, 3, 3, 2, 3, 3, 3};
        int[] q3 = {1, 1, 2, 1, 2, 3, 3, 3, 2, 3};
        int[][] scores = new int[10][];
        for (int i = 0; i < 10; i++) {
            scores[i] = new int[] {q1[i], q2[i], q3[i]};
        }
        assertThat(CronbachAlpha.of(scores)).isCloseTo(0.7734375, within(1e-12));
    }

    @Test
    @DisplayName("identical items have alpha 1 (Cronbach 1951: alpha reaches 1 when items are perfectly consistent)")
    void cronbachAlphaOfIdenticalItems() {
        int[][] scores = {{1, 1}, {2, 2}, {4, 4}, {5, 5}};
        assertThat(CronbachAlpha.of(scores)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    @DisplayName("Mann–Whitney p with tie and continuity correction is 0.45780739419094196 "
            + "(R wilcox.test(x, y, exact = FALSE, correct = TRUE), as used by Commons Statistics' test suite)")
    void mannWhitneyWithContinuityCorrection() {
        RankComparison test = RankComparison.of(new int[] {1, 2, 3, 4, 10}, new int[] {2, 4, 6, 4, 5}, true);
        assertThat(test.p()).isCloseTo(0.45780739419094196, within(1e-15));
        assertThat(test.ties()).isTrue();
    }

    @Test
    @DisplayName("Mann–Whitney p with tie correction only is 0.39614390915207404 "
            + "(R wilcox.test(x, y, exact = FALSE, correct = FALSE))")
    void mannWhitneyWithoutContinuityCorrection() {
        RankComparison test = RankComparison.of(new int[] {1, 2, 3, 4, 10}, new int[] {2, 4, 6, 4, 5}, false);
        assertThat(test.p()).isCloseTo(0.39614390915207404, within(1e-15));
    }

    @Test
    @DisplayName("SciPy documentation example of scipy.stats.mannwhitneyu (males 19, 22, 16, 29, 24 against females 20,"
            + " 11, 17, 12): U1 = 17, method='exact' p = 0.1111111111111111, method='asymptotic' p ="
            + " 0.11134688653314041, and with use_continuity=False p = 0.0864107329737")
    void mannWhitneySciPyExample() {
        int[] males = {19, 22, 16, 29, 24};
        int[] females = {20, 11, 17, 12};
        RankComparison exact = RankComparison.exact(males, females);
        assertThat(exact.u()).isEqualTo(17);
        assertThat(exact.p()).isCloseTo(0.1111111111111111, within(1e-15));
        assertThat(exact.exact()).isTrue();
        assertThat(exact.continuityCorrection()).isFalse();
        RankComparison corrected = RankComparison.of(males, females, true);
        assertThat(corrected.p()).isCloseTo(0.11134688653314041, within(1e-15));
        assertThat(corrected.exact()).isFalse();
        assertThat(corrected.continuityCorrection()).isTrue();
        assertThat(RankComparison.of(males, females, false).p()).isCloseTo(0.0864107329737, within(1e-13));
    }

    @Test
    @DisplayName("exact p of the Hollander & Wolfe (1973, p. 69) example of R's wilcox.test documentation: x = 0.80,"
            + " 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46 against y = 1.15, 0.88, 0.90, 0.74, 1.21 gives"
            + " W = 35 and, for alternative = \"greater\", p = 0.1272; the symmetric two-sided p is twice that")
    void mannWhitneyExactHollanderWolfe() {
        // Hundredths keep the order of the published values and so every rank.
        int[] x = {80, 83, 189, 104, 145, 138, 191, 164, 73, 146};
        int[] y = {115, 88, 90, 74, 121};
        RankComparison exact = RankComparison.exact(x, y);
        assertThat(exact.u()).isEqualTo(35);
        assertThat(exact.p() / 2).isCloseTo(0.1272, within(0.00005));
    }

    @Test
    @DisplayName("the exact distribution applies only without ties and while every arrangement can be counted")
    void exactOnlyWhereItHolds() {
        assertThat(RankComparison.exactApplies(5, 4, false)).isTrue();
        assertThat(RankComparison.exactApplies(5, 4, true)).isFalse();
        assertThat(RankComparison.exactApplies(30, 30, false)).isTrue();
        assertThat(RankComparison.exactApplies(40, 40, false)).isFalse();
        assertThatThrownBy(() -> RankComparison.exact(new int[] {1, 2, 2}, new int[] {3, 4}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the exact p of completely separated samples is 2/C(n1 + n2, n1): 2/C(10, 5) = 1/126 for 5 and 5")
    void exactSeparated() {
        RankComparison exact = RankComparison.exact(new int[] {1, 2, 3, 4, 5}, new int[] {6, 7, 8, 9, 10});
        assertThat(exact.u()).isZero();
        assertThat(exact.p()).isCloseTo(2.0 / 252, within(1e-15));
        assertThat(exact.rankBiserial()).isEqualTo(-1.0);
    }

    @Test
    @DisplayName("U counts pairs where the first sample is higher, and the rank-biserial r = 2U/(n1·n2) − 1 "
            + "(Kerby 2014, simple difference formula)")
    void mannWhitneyStatisticAndEffect() {
        // x = {1,2,3,4,10}, y = {2,4,6,4,5}: x wins 7 pairs and ties 3, so U = 7 + 3/2 = 8.5.
        RankComparison test = RankComparison.of(new int[] {1, 2, 3, 4, 10}, new int[] {2, 4, 6, 4, 5}, true);
        assertThat(test.u()).isEqualTo(8.5);
        assertThat(test.rankBiserial()).isCloseTo(2 * 8.5 / 25 - 1, within(1e-15));
        RankComparison dominated = RankComparison.of(new int[] {1, 1, 2}, new int[] {3, 4, 5}, true);
        assertThat(dominated.u()).isZero();
        assertThat(dominated.rankBiserial()).isEqualTo(-1.0);
    }

    @Test
    @DisplayName("Wilson 95% intervals match Newcombe (1998), Statistics in Medicine 17:857, Table I")
    void wilsonNewcombeTable() {
        assertWilson(81, 263, 0.2553, 0.3662);
        assertWilson(15, 148, 0.0624, 0.1605);
        assertWilson(0, 20, 0.0000, 0.1611);
        assertWilson(1, 29, 0.0061, 0.1718);
    }

    @Test
    @DisplayName("Differences of proportions match Newcombe (1998), Statistics in Medicine 17:873, method 10")
    void newcombeDifferenceTable() {
        assertDifference(56, 70, 48, 80, 0.0524, 0.3339);
        assertDifference(9, 10, 3, 10, 0.1705, 0.8090);
        assertDifference(6, 7, 2, 7, 0.0582, 0.8062);
        assertDifference(5, 56, 0, 29, -0.0381, 0.1926);
    }

    @Test
    @DisplayName("quartiles of 1..10 are 3.25, 5.5, 7.75 (Hyndman & Fan 1996 definition 7; R quantile(1:10))")
    void quantileDefinitionSeven() {
        long[] counts = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        assertThat(Quantiles.quantile(counts, 1, 0.25)).isEqualTo(3.25);
        assertThat(Quantiles.quantile(counts, 1, 0.5)).isEqualTo(5.5);
        assertThat(Quantiles.quantile(counts, 1, 0.75)).isEqualTo(7.75);
        assertThat(Quantiles.quantile(counts, 1, 0)).isEqualTo(1);
        assertThat(Quantiles.quantile(counts, 1, 1)).isEqualTo(10);
    }

    @Test
    @DisplayName("quartiles with ties: R quantile(c(1,2,2,3,5)) gives 2, 2, 3")
    void quantileWithTies() {
        long[] counts = {1, 2, 1, 0, 1};
        assertThat(Quantiles.quantile(counts, 1, 0.25)).isEqualTo(2);
        assertThat(Quantiles.quantile(counts, 1, 0.5)).isEqualTo(2);
        assertThat(Quantiles.quantile(counts, 1, 0.75)).isEqualTo(3);
    }

    @Test
    @DisplayName("NPS of 50 promoters, 30 passives, 20 detractors is 30 with the multinomial Wald interval")
    void netPromoterScore() {
        // Var(pP − pD) = (pP + pD − (pP − pD)²)/n = (0.7 − 0.09)/100 = 0.0061 (difference of two multinomial shares).
        Interval nps = Proportions.netPromoterScore(50, 20, 100, Proportions.Z95);
        double half = 100 * Proportions.Z95 * Math.sqrt(0.0061);
        assertThat(nps.estimate()).isCloseTo(30, within(1e-12));
        assertThat(nps.lower()).isCloseTo(30 - half, within(1e-9));
        assertThat(nps.upper()).isCloseTo(30 + half, within(1e-9));
        assertThat(half).isCloseTo(15.31, within(0.01));
    }

    private static void assertWilson(long count, long n, double lower, double upper) {
        Interval interval = Proportions.wilson(count, n, Proportions.Z95);
        assertThat(interval.lower()).as("lower %d/%d", count, n).isCloseTo(lower, within(0.00005));
        assertThat(interval.upper()).as("upper %d/%d", count, n).isCloseTo(upper, within(0.00005));
    }

    private static void assertDifference(long a, long m, long b, long n, double lower, double upper) {
        Interval interval = Proportions.newcombeDifference(a, m, b, n, Proportions.Z95);
        assertThat(interval.lower()).as("lower %d/%d − %d/%d", a, m, b, n).isCloseTo(lower, within(0.00005));
        assertThat(interval.upper()).as("upper %d/%d − %d/%d", a, m, b, n).isCloseTo(upper, within(0.00005));
    }
}
