package io.elan.mentoring.core.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.elan.mentoring.core.communication.delivery.QuietHours;
import io.elan.mentoring.spi.messaging.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class QuietHoursProperties {

    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final long YEAR_MINUTES = 366L * 24 * 60;
    private static final long DAY_AND_A_HALF_MINUTES = 36L * 60;

    /** A moment, as minutes after {@link #BASE}, and the zone the recipient lives in. */
    private record Moment(ZoneId zone, long minutes) {
        Instant at() {
            return BASE.plus(Duration.ofMinutes(minutes));
        }

        @Override
        public String toString() {
            return at() + " (" + at().atZone(zone).toLocalDateTime() + " in " + zone + ")";
        }
    }

    private static final Gen<ZoneId> ZONES = Generate.pick(List.of(ZoneId.of("Europe/Paris"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Pacific/Apia"), ZoneId.of("UTC")));

    private static final Gen<LocalTime> QUARTER_HOURS = integers().between(0, 24 * 4 - 1)
            .map(q -> LocalTime.of(q / 4, (q % 4) * 15));

    private static final Gen<Long> ANY_MINUTE = longs().between(0, YEAR_MINUTES);

    // A quarter of the moments fall within a day and a half of a change of the zone's offset, where a night's length
    // differs: uniform minutes over a year would rarely come close.
    private static final Gen<Moment> MOMENTS = ZONES.flatMap(zone -> {
        List<Long> changes = offsetChangesInTheYear(zone);
        if (changes.isEmpty()) {
            return ANY_MINUTE.map(minutes -> new Moment(zone, minutes));
        }
        Gen<Long> nearAChange = Generate.pick(changes)
                .zip(longs().between(-DAY_AND_A_HALF_MINUTES, DAY_AND_A_HALF_MINUTES), Long::sum);
        return ANY_MINUTE.mix(nearAChange, 25).map(minutes -> new Moment(zone, minutes));
    });

    /** Whether the free time between the quiet hours' end and start falls, some day in the next two, in a DST gap. */
    private static boolean inAGap(LocalTime start, LocalTime end, Instant at, ZoneId zone) {
        LocalDate first = LocalDate.ofInstant(at, zone);
        for (LocalDate day = first; !day.isAfter(first.plusDays(2)); day = day.plusDays(1)) {
            for (LocalTime t = end; !t.equals(start); t = t.plusMinutes(15)) {
                if (zone.getRules().getValidOffsets(day.atTime(t)).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    @DisplayName("the next allowed instant is never quiet, never earlier than asked, and within a day (two across a DST gap)")
    void theNextAllowedInstantIsNeverQuietNeverEarlierAndWithinADay() {
        qt().withExamples(300)
                .forAll(MOMENTS, QUARTER_HOURS, QUARTER_HOURS)
                .assuming((moment, start, end) -> !start.equals(end))
                .checkAssert((moment, start, end) -> {
                    QuietHours quiet = new QuietHours(start, end, Set.of(Channel.WHATSAPP));
                    Instant at = moment.at();
                    ZoneId zone = moment.zone();

                    Instant allowed = quiet.nextAllowed(at, zone, Channel.WHATSAPP);

                    // Within 26 hours (a day, and the hour a fall-back repeats), unless a spring-forward gap swallows the day's free time
                    // (02:00 to 02:15 on 29 March 2026 in Paris): then it is the next day's, within two days.
                    Duration bound = inAGap(start, end, at, zone) ? Duration.ofDays(2) : Duration.ofHours(26);
                    assertThat(allowed).isAfterOrEqualTo(at).isBeforeOrEqualTo(at.plus(bound));
                    assertThat(quiet.nextAllowed(allowed, zone, Channel.WHATSAPP)).isEqualTo(allowed);
                    assertThat(quiet.nextAllowed(at, zone, Channel.EMAIL)).isEqualTo(at);
                });
    }

    @Test
    @DisplayName("when the clock change swallows the only minutes free of quiet, the next day's end is given")
    void freeMinutesInTheSpringForwardGap() {
        // Quiet from 02:15 to 02:00 the next day: only 02:00–02:15 is free, and 29 March 2026 in Paris has no 02:xx.
        QuietHours quiet = new QuietHours(LocalTime.of(2, 15), LocalTime.of(2, 0), Set.of(Channel.WHATSAPP));
        Instant beforeTheChange = Instant.parse("2026-03-29T00:59:00Z");

        assertThat(quiet.nextAllowed(beforeTheChange, ZoneId.of("Europe/Paris"), Channel.WHATSAPP))
                .isEqualTo(Instant.parse("2026-03-30T00:00:00Z"));
    }

    /** Minutes after {@link #BASE} of the zone's offset changes that leave a day and a half on either side. */
    private static List<Long> offsetChangesInTheYear(ZoneId zone) {
        List<Long> minutes = new ArrayList<>();
        ZoneOffsetTransition change = zone.getRules().nextTransition(BASE);
        while (change != null && change.getInstant().isBefore(BASE.plus(Duration.ofMinutes(YEAR_MINUTES)))) {
            long m = Duration.between(BASE, change.getInstant()).toMinutes();
            if (m >= DAY_AND_A_HALF_MINUTES && m <= YEAR_MINUTES - DAY_AND_A_HALF_MINUTES) {
                minutes.add(m);
            }
            change = zone.getRules().nextTransition(change.getInstant());
        }
        return minutes;
    }
}
