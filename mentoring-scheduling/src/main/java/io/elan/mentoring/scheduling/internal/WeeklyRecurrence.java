package io.elan.mentoring.scheduling.internal;

import io.elan.mentoring.scheduling.Recurrence;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every n weeks, on the start's weekday or on a given weekday, computed with {@code java.time}.
 *
 * @param weeks the interval, 1 to 52
 * @param day the weekday, or null for the start's weekday
 */
public record WeeklyRecurrence(int weeks, @Nullable DayOfWeek day) implements Recurrence {
    /** Validates the interval. */
    public WeeklyRecurrence {
        if (weeks < 1 || weeks > 52) {
            throw new InvalidValueException("weeks", "must be 1 to 52", weeks);
        }
    }

    @Override
    public List<LocalDate> between(LocalDate start, LocalDate last) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = day == null ? start : start.with(TemporalAdjusters.nextOrSame(day));
        for (; !date.isAfter(last); date = date.plusWeeks(weeks)) {
            dates.add(date);
        }
        return dates;
    }

    @Override
    public String toRrule() {
        return "FREQ=WEEKLY;INTERVAL=" + weeks + (day == null ? "" : ";BYDAY=" + day.name().substring(0, 2));
    }

    @Override
    public String toText() {
        return (weeks == 1 ? "every week" : "every " + weeks + " weeks") + (day == null ? "" : " on " + day.name());
    }

    @Override
    public LocalizedText describe() {
        if (weeks == 1) {
            return day == null ? Texts.localized("timing.weekly")
                    : Texts.localized("timing.weekly.on", language -> new Object[] {Texts.weekday(day, language)});
        }
        return day == null ? Texts.localized("timing.everyWeeks", language -> new Object[] {weeks})
                : Texts.localized("timing.everyWeeks.on",
                        language -> new Object[] {weeks, Texts.weekday(day, language)});
    }
}
