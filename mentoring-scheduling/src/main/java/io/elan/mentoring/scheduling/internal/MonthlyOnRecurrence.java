package io.elan.mentoring.scheduling.internal;

import io.elan.mentoring.scheduling.Recurrence;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Monthly on an ordinal weekday, computed with {@code java.time} (the same dates as {@code FREQ=MONTHLY;BYDAY=1TU}).
 *
 * @param day the weekday
 * @param ordinal 1 to 4, or -1 for the last
 */
public record MonthlyOnRecurrence(DayOfWeek day, int ordinal) implements Recurrence {
    private static final String[] ENGLISH_ORDINALS = {"", "first", "second", "third", "fourth"};

    /** Validates the fields. */
    public MonthlyOnRecurrence {
        if (day == null) {
            throw new InvalidValueException("day", "must not be null");
        }
        if (ordinal != -1 && (ordinal < 1 || ordinal > 4)) {
            throw new InvalidValueException("ordinal", "must be 1 to 4, or -1 for the last", ordinal);
        }
    }

    @Override
    public List<LocalDate> between(LocalDate start, LocalDate last) {
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth month = YearMonth.from(start); !month.atDay(1).isAfter(last); month = month.plusMonths(1)) {
            LocalDate date = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
            if (!date.isBefore(start) && !date.isAfter(last)) {
                dates.add(date);
            }
        }
        return dates;
    }

    @Override
    public String toRrule() {
        return "FREQ=MONTHLY;BYDAY=" + ordinal + day.name().substring(0, 2);
    }

    @Override
    public String toText() {
        return "monthly on " + (ordinal == -1 ? "last" : ENGLISH_ORDINALS[ordinal]) + " " + day.name();
    }

    @Override
    public LocalizedText describe() {
        String ordinalKey = ordinal == -1 ? "ordinal.last" : "ordinal." + ordinal;
        return Texts.localized("timing.monthly",
                language -> new Object[] {Texts.say(language, ordinalKey), Texts.weekday(day, language)});
    }
}
