package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The chance bound of the linkage attack, against published counts. */
@DisplayName("the chance bound of the linkage attack")
class ChanceBoundTest {

    @Test
    @DisplayName("gives the rencontres numbers: permutations of 5 with 0 to 5 fixed points (OEIS A008290, row 5)")
    void rencontres() {
        // OEIS A008290, row n = 5: 44, 45, 20, 10, 0, 1, out of 5! = 120 permutations.
        double[] p = ChanceBound.fixedPoints(5);
        double[] expected = {44, 45, 20, 10, 0, 1};
        for (int j = 0; j <= 5; j++) {
            assertThat(p[j] * 120).as("permutations of 5 with %d fixed points", j).isCloseTo(expected[j],
                    within(1e-9));
        }
    }

    @Test
    @DisplayName("gives the derangements of 10: 1,334,961 of 10! permutations fix no element (OEIS A000166)")
    void derangements() {
        assertThat(ChanceBound.fixedPoints(10)[0] * 3_628_800).isCloseTo(1_334_961, within(1e-6));
    }

    @Test
    @DisplayName("for one batch of 5, only all five right is rarer than 1 in 100; for none, nothing is a threshold")
    void oneBatch() {
        // P(F >= 3) = (10 + 0 + 1) / 120 > 0.01, P(F >= 4) = P(F = 5) = 1/120 < 0.01.
        assertThat(ChanceBound.threshold(List.of(5), 0.01)).isEqualTo(4);
        assertThat(ChanceBound.threshold(List.of(), 0.01)).isEqualTo(1);
    }

    @Test
    @DisplayName("for many batches, lies a few standard deviations above one right link per batch")
    void manyBatches() {
        // 48 batches: the sum has mean 48 and variance 48, close to Poisson(48), whose 1e-9 upper tail starts
        // near 48 + 6.1 * sqrt(48) + skew, about 95.
        int threshold = ChanceBound.threshold(Collections.nCopies(48, 5), 1e-9);
        assertThat(threshold).isBetween(85, 100);
    }
}
