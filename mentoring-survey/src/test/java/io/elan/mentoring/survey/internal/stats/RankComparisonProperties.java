package io.elan.mentoring.survey.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.util.Arrays;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RankComparisonProperties {

    @Test
    @DisplayName("the count-based Mann–Whitney test agrees with Commons Statistics' implementation on any Likert data "
            + "(the same statistic, the same tie and continuity corrections)")
    void agreesWithCommonsStatistics() {
        qt().withExamples(1_000).forAll(LikertAnswers.upTo(40), LikertAnswers.upTo(40), booleans().all())
                .checkAssert(RankComparisonProperties::agreesWithCommonsStatistics);
    }

    private static void agreesWithCommonsStatistics(int[] x, int[] y, boolean continuity) {
        MannWhitneyUTest reference = MannWhitneyUTest.withDefaults().with(PValueMethod.ASYMPTOTIC)
                .with(continuity ? ContinuityCorrection.ENABLED : ContinuityCorrection.DISABLED);
        double[] dx = Arrays.stream(x).asDoubleStream().toArray();
        double[] dy = Arrays.stream(y).asDoubleStream().toArray();
        MannWhitneyUTest.Result expected = reference.test(dx, dy);
        RankComparison actual = RankComparison.of(x, y, continuity);
        assertThat(actual.u()).isCloseTo(expected.getStatistic(), within(1e-9));
        if (Double.isNaN(expected.getPValue())) {
            // Every answer is the same value: Commons reports NaN, a report shows "no difference" (p = 1).
            assertThat(actual.p()).isEqualTo(1.0);
        } else {
            assertThat(actual.p()).isCloseTo(expected.getPValue(), within(1e-9));
        }
        assertThat(actual.rankBiserial()).isBetween(-1.0, 1.0);
    }
}
