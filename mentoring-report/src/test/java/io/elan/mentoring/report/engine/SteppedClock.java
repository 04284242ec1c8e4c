package io.elan.mentoring.report.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, in whatever zone a caller asks for. Confined to the test's thread. */
final class SteppedClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    SteppedClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private SteppedClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
