package io.elan.mentoring.core.communication.delivery;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When messages may leave, read in each recipient's own zone: the days of the week and the local hours. A message
 * due outside them waits for the next moment inside: a nudge queued at 7:00 leaves at 9:00, a replay due at 20:00 on
 * a Friday leaves on Monday at 9:00. Every message Élan writes is placed inside them, and the outbox dispatcher sends
 * nothing outside them, whatever the hour the host's scheduler calls it. Immutable and thread-safe.
 *
 * @param days the days of the week messages leave on, at least one
 * @param from the local time messages may leave from, inclusive
 * @param until the local time they may leave until, exclusive: after {@code from}, or midnight for the end of the day
 */
public record SendingHours(@NotEmpty Set<DayOfWeek> days, @NotNull LocalTime from, @NotNull LocalTime until) {

    private static final SendingHours OFFICE_HOURS = workingDays(LocalTime.of(9, 0), LocalTime.of(18, 0));

    /**
     * Validates every field, listing every violation.
     *
     * @param days the days of the week messages leave on, at least one
     * @param from the local time messages may leave from, inclusive
     * @param until the local time they may leave until, exclusive: after {@code from}, or midnight for the end of the
     *     day
     * @throws InvalidValueException naming {@code sendingHours.days}, {@code sendingHours.from} or
     *     {@code sendingHours.until}
     */
    public SendingHours {
        List<Violation> violations = new ArrayList<>();
        if (days == null || days.isEmpty()) {
            violations.add(Violation.of("sendingHours.days", "must name at least one day"));
        } else if (days.stream().anyMatch(Objects::isNull)) {
            violations.add(Violation.of("sendingHours.days", "must not hold null"));
        }
        if (from == null) {
            violations.add(Violation.of("sendingHours.from", "is required"));
        }
        if (until == null) {
            violations.add(Violation.of("sendingHours.until", "is required"));
        } else if (from != null && !until.isAfter(from) && !until.equals(LocalTime.MIDNIGHT)) {
            violations.add(Violation.of("sendingHours.until", "must be after from (" + from + "), or 00:00 for the"
                    + " end of the day", until));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** @return Monday to Friday, 09:00 to 18:00: the default, as for nudges */
    public static SendingHours officeHours() {
        return OFFICE_HOURS;
    }

    /**
     * @param from the local time messages may leave from
     * @param until the local time they may leave until
     * @return Monday to Friday between those times
     * @throws InvalidValueException if {@code until} is not after {@code from}
     */
    public static SendingHours workingDays(LocalTime from, LocalTime until) {
        return new SendingHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), from, until);
    }

    /** @return every day at every hour: only the channels' quiet hours hold messages back */
    public static SendingHours always() {
        return new SendingHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /**
     * @param at an instant
     * @param zone the recipient's zone
     * @return whether a message may leave at that instant
     */
    public boolean allows(Instant at, ZoneId zone) {
        return nextAllowed(at, zone).equals(at);
    }

    /**
     * @param at when the message would leave
     * @param zone the recipient's zone
     * @return {@code at} if it lies inside the sending hours, otherwise the next start of them in the recipient's
     *     zone (moved forward if that local time does not exist on a daylight-saving night; a day whose hours the
     *     change of clock swallows whole is skipped)
     */
    public Instant nextAllowed(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        // Two weeks: a week to find an allowed day, and another if a clock change swallows that day's hours.
        for (int d = 0; d < 15; d++, day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            Instant opens = ZonedDateTime.of(day, from, zone).toInstant();
            Instant closes = until.equals(LocalTime.MIDNIGHT)
                    ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(day, until, zone).toInstant();
            if (!opens.isBefore(closes)) {
                continue;
            }
            if (at.isBefore(opens)) {
                return opens;
            }
            if (at.isBefore(closes)) {
                return at;
            }
        }
        throw new IllegalStateException("no sending hours within two weeks of " + at + " in " + zone);
    }
}
