package io.elan.mentoring.report.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("count axes have whole-number ticks")
class TicksTest {

    @Test
    @DisplayName("for any largest count: ticks from 0, whole, evenly spaced by 1, 2 or 5 times a power of ten, "
            + "reaching the count, no more intervals than asked")
    void wholeTicks() {
        qt().forAll(longs().between(0, 10_000_000), integers().between(3, 8)).checkAssert((max, most) -> {
            List<Double> values = Ticks.counts(max, most).values();
            assertThat(values.get(0)).isZero();
            assertThat(values).allSatisfy(v -> assertThat(v % 1).isZero());
            double step = values.get(1) - values.get(0);
            for (int i = 1; i < values.size(); i++) {
                assertThat(values.get(i) - values.get(i - 1)).isEqualTo(step);
            }
            double magnitude = step;
            while (magnitude >= 10) {
                magnitude /= 10;
            }
            assertThat(magnitude).isIn(1.0, 2.0, 5.0);
            assertThat(values.get(values.size() - 1)).isGreaterThanOrEqualTo(Math.max(1, max));
            assertThat(values.size() - 1).isLessThanOrEqualTo(most);
        });
    }

    @Test
    @DisplayName("30 pairs: 0, 5, 10 … 30, never 7.5 or 22.5")
    void thirtyPairs() {
        assertThat(Ticks.counts(30, 6).values()).containsExactly(0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0);
        assertThat(Ticks.counts(0, 6).values()).containsExactly(0.0, 1.0);
    }
}
