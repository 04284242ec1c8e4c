package io.elan.mentoring.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the simulated clock")
class SimulatedClockTest {

    private static final Instant START = Instant.parse("2026-09-01T07:00:00Z");

    @Test
    @DisplayName("stands still until moved, and never moves back")
    void forwardOnly() {
        SimulatedClock clock = new SimulatedClock(START);

        assertThat(clock.instant()).isEqualTo(START);
        clock.advanceTo(START.plusSeconds(60));
        clock.advanceTo(START);

        assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    @DisplayName("a view in another zone follows it as it moves")
    void zonedView() {
        SimulatedClock clock = new SimulatedClock(START);
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advanceTo(START.plusSeconds(3600));

        assertThat(paris.instant()).isEqualTo(START.plusSeconds(3600));
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(paris.withZone(ZoneId.of("UTC")).instant()).isEqualTo(clock.instant());
    }
}
