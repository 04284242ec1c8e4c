package io.elan.mentoring.core.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.elan.mentoring.core.communication.delivery.QuietHours;
import io.elan.mentoring.core.communication.delivery.SendingHours;
import io.elan.mentoring.spi.messaging.Channel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Sending hours, alone and with a channel's quiet hours, for any moment, zone and window: the instant they give is
 * inside them, never earlier than asked, and no earlier instant was inside them.
 */
class SendingHoursProperties {

    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final long YEAR_MINUTES = 366L * 24 * 60;
    private static final Duration STEP = Duration.ofMinutes(15);

    /** A moment, as minutes after {@link #BASE}, and the zone the recipient lives in. */
    private record Moment(ZoneId zone, long minutes) {
        Instant at() {
            return BASE.plus(Duration.ofMinutes(minutes));
        }

        @Override
        public String toString() {
            return at() + " (" + at().atZone(zone).toLocalDateTime() + " " + at().atZone(zone).getDayOfWeek()
                    + " in " + zone + ")";
        }
    }

    private static final Gen<ZoneId> ZONES = Generate.pick(List.of(ZoneId.of("Europe/Paris"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Apia"), ZoneId.of("UTC")));

    private static final Gen<Moment> MOMENTS = ZONES.zip(longs().between(0, YEAR_MINUTES), Moment::new);

    /** Whole hours, 02:00 included: the spring-forward gap of Paris and New York, where a one-hour window vanishes. */
    private static final Gen<SendingHours> HOURS = integers().between(1, 127)
            .zip(integers().between(0, 23), integers().between(1, 24), (mask, from, length) -> {
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (DayOfWeek day : DayOfWeek.values()) {
                    if ((mask & (1 << day.ordinal())) != 0) {
                        days.add(day);
                    }
                }
                int until = Math.min(24, from + length);
                return new SendingHours(days, LocalTime.of(from, 0),
                        until == 24 ? LocalTime.MIDNIGHT : LocalTime.of(until, 0));
            });

    @Test
    @DisplayName("the next allowed instant is inside the sending hours, never earlier, and nothing before it was")
    void theNextAllowedInstantIsTheFirstInsideTheSendingHours() {
        qt().withExamples(300)
                .forAll(MOMENTS, HOURS)
                .checkAssert((moment, hours) -> {
                    Instant at = moment.at();
                    Instant allowed = hours.nextAllowed(at, moment.zone());

                    assertThat(allowed).isAfterOrEqualTo(at).isBefore(at.plus(Duration.ofDays(15)));
                    assertThat(inside(hours, allowed, moment.zone())).as("inside at " + allowed).isTrue();
                    for (Instant t = at; t.isBefore(allowed); t = t.plus(STEP)) {
                        assertThat(inside(hours, t, moment.zone())).as("inside earlier, at " + t).isFalse();
                    }
                });
    }

    @Test
    @DisplayName("a day whose only sending hour falls in the spring-forward gap is skipped")
    void hoursSwallowedByTheClockChange() {
        SendingHours twoToThree = new SendingHours(EnumSet.allOf(DayOfWeek.class), LocalTime.of(2, 0),
                LocalTime.of(3, 0));
        Instant saturdayNight = Instant.parse("2026-03-28T22:00:00Z");

        assertThat(twoToThree.nextAllowed(saturdayNight, ZoneId.of("Europe/Paris")))
                .as("no 02:xx on 29 March in Paris: Monday 02:00 (00:00Z)")
                .isEqualTo(Instant.parse("2026-03-30T00:00:00Z"));
    }

    @Test
    @DisplayName("with the quiet hours of instant channels, a message may leave at the instant given and not before")
    void withQuietHours() {
        qt().withExamples(200)
                .forAll(MOMENTS, HOURS)
                .assuming((moment, hours) -> leavesTimeOutsideTheNight(hours))
                .checkAssert((moment, hours) -> {
                    CommunicationSettings settings = CommunicationSettings.builder().sendingHours(hours).build();
                    QuietHours quiet = settings.quietHours();
                    Instant at = moment.at();
                    ZoneId zone = moment.zone();

                    Instant allowed = settings.nextAllowed(at, zone, Channel.WHATSAPP);

                    assertThat(inside(hours, allowed, zone)).isTrue();
                    assertThat(quiet.nextAllowed(allowed, zone, Channel.WHATSAPP)).isEqualTo(allowed);
                    for (Instant t = at; t.isBefore(allowed); t = t.plus(STEP)) {
                        assertThat(inside(hours, t, zone) && quiet.nextAllowed(t, zone, Channel.WHATSAPP).equals(t))
                                .as("allowed earlier, at " + t).isFalse();
                    }
                    assertThat(settings.nextAllowed(at, zone, Channel.EMAIL)).isEqualTo(hours.nextAllowed(at, zone));
                });
    }

    /** The definition, read off the local clock: an allowed day, from {@code from} and before {@code until}. */
    private static boolean inside(SendingHours hours, Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean beforeEnd = hours.until().equals(LocalTime.MIDNIGHT) || time.isBefore(hours.until());
        return hours.days().contains(local.getDayOfWeek()) && !time.isBefore(hours.from()) && beforeEnd;
    }

    /** The default quiet hours run from 21:00 to 08:00: a window entirely inside them leaves no time on WhatsApp. */
    private static boolean leavesTimeOutsideTheNight(SendingHours hours) {
        int from = hours.from().getHour();
        int until = hours.until().equals(LocalTime.MIDNIGHT) ? 24 : hours.until().getHour();
        return from < 21 && until > 8;
    }
}
