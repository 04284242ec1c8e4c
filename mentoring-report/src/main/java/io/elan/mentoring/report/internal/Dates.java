package io.elan.mentoring.report.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The page's one way of writing a day, the one the calendar's reasons use too: the weekday, the day, the month in
 * full and the year ("mardi 15 septembre 2026", "Tuesday 15 September 2026"); times on the 24-hour clock. Immutable
 * and thread-safe.
 */
public final class Dates {
    private final Words words;
    private final DateTimeFormatter day;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
    private final DateTimeFormatter month;
    private final DateTimeFormatter monthAndYear;

    /** @param words the report's language */
    public Dates(Words words) {
        this.words = words;
        this.day = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", words.locale());
        this.month = DateTimeFormatter.ofPattern("MMMM", words.locale());
        this.monthAndYear = DateTimeFormatter.ofPattern("MMMM uuuu", words.locale());
    }

    /**
     * @param date a day
     * @return it written out, such as "mardi 15 septembre 2026"
     */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /**
     * @param at an instant in the program's zone
     * @return its day and time, such as "mardi 15 septembre 2026 à 10:00"
     */
    public String dayAndTime(ZonedDateTime at) {
        return words.format("%s à %s", "%s at %s", day(at.toLocalDate()), time(at));
    }

    /**
     * @param at an instant in the program's zone
     * @return its time of day, such as "10:00"
     */
    public String time(ZonedDateTime at) {
        return time.format(at);
    }

    /**
     * @param month a month
     * @return its name, such as "septembre", for an axis where the year is given once
     */
    public String month(YearMonth month) {
        return this.month.format(month);
    }

    /**
     * @param month a month
     * @return its name and year, such as "septembre 2026"
     */
    public String monthAndYear(YearMonth month) {
        return monthAndYear.format(month);
    }
}
