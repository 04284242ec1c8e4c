package io.elan.mentoring.core.communication;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.messaging.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class QuietHoursProperties {

    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"),
                ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Pacific/Apia"), ZoneId.of("UTC"));
    }

    @Provide
    Arbitrary<LocalTime> times() {
        return Arbitraries.integers().between(0, 24 * 4 - 1).map(q -> LocalTime.of(q / 4, (q % 4) * 15));
    }

    @Property(tries = 300)
    void theNextAllowedInstantIsNeverQuietNeverEarlierAndWithinADay(
            @ForAll @LongRange(min = 0, max = 366L * 24 * 60) long minutes,
            @ForAll("zones") ZoneId zone,
            @ForAll("times") LocalTime start,
            @ForAll("times") LocalTime end) {
        if (start.equals(end)) {
            return;
        }
        QuietHours quiet = new QuietHours(start, end, Set.of(Channel.WHATSAPP));
        Instant at = BASE.plus(Duration.ofMinutes(minutes));

        Instant allowed = quiet.nextAllowed(at, zone, Channel.WHATSAPP);

        assertThat(allowed).isAfterOrEqualTo(at).isBefore(at.plus(Duration.ofHours(26)));
        assertThat(quiet.nextAllowed(allowed, zone, Channel.WHATSAPP)).isEqualTo(allowed);
        assertThat(quiet.nextAllowed(at, zone, Channel.EMAIL)).isEqualTo(at);
    }
}
