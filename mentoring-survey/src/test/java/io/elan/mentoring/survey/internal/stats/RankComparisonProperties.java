package io.elan.mentoring.survey.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * The count-based Mann–Whitney test agrees with Commons Statistics' implementation on any Likert data
 * (the same statistic, the same tie and continuity corrections).
 */
class RankComparisonProperties {

    @Property(tries = 300)
    void agreesWithCommonsStatistics(@ForAll("answers") int[] x, @ForAll("answers") int[] y,
            @ForAll boolean continuity) {
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

    @Provide
    Arbitrary<int[]> answers() {
        return Arbitraries.integers().between(1, 7).array(int[].class).ofMinSize(1).ofMaxSize(40);
    }
}
