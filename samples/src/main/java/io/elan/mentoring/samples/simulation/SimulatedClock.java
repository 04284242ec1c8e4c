package io.elan.mentoring.samples.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The simulation's clock: it stands still until the simulation moves it forward, so that a run never reads the wall
 * clock and the same seed gives the same outputs. Thread-safe; it only ever moves forward.
 */
final class SimulatedClock extends Clock {
    private volatile Instant now;

    /** @param start the first instant */
    SimulatedClock(Instant start) {
        this.now = start;
    }

    /**
     * Moves the clock to an instant; an instant already past leaves it where it is, so that events handled out of
     * order never turn time back.
     *
     * @param instant the new time
     */
    synchronized void advanceTo(Instant instant) {
        if (instant.isAfter(now)) {
            now = instant;
        }
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        SimulatedClock source = this;
        // A view in another zone that keeps following this clock as it moves.
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
