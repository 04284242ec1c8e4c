package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When the engine lets messages leave, as the host set it: the days and hours of the recipient's own time, and how
 * long after a session its useful replay goes out.
 *
 * @param days the days messages may leave on
 * @param from the local time they may leave from
 * @param until the local time they must leave before
 * @param replayDelay how long after a session ends its replay goes out, moved into the sending hours
 */
public record SendingRules(Set<DayOfWeek> days, LocalTime from, LocalTime until, Duration replayDelay) {
    /**
     * Validates every field and copies the days.
     *
     * @param days the days messages may leave on
     * @param from the local time they may leave from
     * @param until the local time they must leave before
     * @param replayDelay how long after a session ends its replay goes out, moved into the sending hours
     */
    public SendingRules {
        Checks.present(days, "days");
        if (days.isEmpty()) {
            throw new InvalidValueException("days", "must hold at least one day");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        Checks.present(from, "from");
        Checks.present(until, "until");
        if (!until.isAfter(from)) {
            throw new InvalidValueException("until", "must be after from (" + from + ")", until);
        }
        Checks.present(replayDelay, "replayDelay");
        if (replayDelay.isNegative()) {
            throw new InvalidValueException("replayDelay", "must not be negative", replayDelay);
        }
    }

    /**
     * @param at an instant
     * @param zone the recipient's zone
     * @return whether a message may leave at that instant
     */
    public boolean allows(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return days.contains(local.getDayOfWeek()) && !local.toLocalTime().isBefore(from)
                && local.toLocalTime().isBefore(until);
    }
}
