package io.elan.mentoring.scheduling;

import io.elan.mentoring.scheduling.internal.MonthlyOnRecurrence;
import io.elan.mentoring.scheduling.internal.RecurrenceText;
import io.elan.mentoring.scheduling.internal.RruleRecurrence;
import io.elan.mentoring.scheduling.internal.WeeklyRecurrence;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Which days a recurring ritual falls on. The day the recurrence starts from (the kick-off, or the start placement of
 * the ritual) plays the part of RFC 5545's DTSTART, except that it counts as an occurrence only when it matches the
 * rule. Implementations are immutable and thread-safe.
 */
public interface Recurrence {

    /**
     * @param start the day the recurrence counts from
     * @param last the last day that may be returned, included
     * @return the matching days from {@code start} to {@code last}, in order, without duplicates; empty if none
     */
    List<LocalDate> between(LocalDate start, LocalDate last);

    /** @return the equivalent RFC 5545 RRULE value, such as {@code FREQ=MONTHLY;BYDAY=1TU} */
    String toRrule();

    /** @return a sentence a program manager reads, such as "every 3 weeks" */
    LocalizedText describe();

    /**
     * @return this recurrence as the text {@link #parse(String)} reads back into an equal recurrence, as a host keeps
     *     it in configuration: {@code every 3 weeks on THURSDAY}, {@code monthly on first TUESDAY}, or
     *     {@code RRULE:} followed by the rule for any other recurrence
     */
    default String toText() {
        return "RRULE:" + toRrule();
    }

    /**
     * Reads a recurrence written as {@link #toText()} writes it: {@code every week}, {@code every 3 weeks} (on the
     * start's weekday), either followed by {@code on} and a {@link DayOfWeek} name; {@code monthly on} an ordinal
     * ({@code first}, {@code second}, {@code third}, {@code fourth} or {@code last}) and a {@link DayOfWeek} name; or
     * {@code RRULE:} followed by an RFC 5545 rule, read as {@link #rrule(String)} does.
     *
     * @param text the text
     * @return the recurrence
     * @throws io.elan.mentoring.spi.InvalidValueException naming {@code recurrence} if the text reads like none of
     *     these, or the rule it holds is broken
     */
    static Recurrence parse(String text) {
        return RecurrenceText.parse(text);
    }

    /**
     * A recurrence written as an RFC 5545 RRULE value, expanded by dmfs lib-recur. Only whole days are supported: the
     * time of day comes from the ritual, so frequencies finer than a day and BYHOUR, BYMINUTE, BYSECOND are refused.
     *
     * @param rrule the RRULE value, without the {@code RRULE:} prefix, for example
     *     {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=TH}
     * @return the recurrence
     * @throws io.elan.mentoring.spi.InvalidValueException if the rule is malformed, finer than a day, or never yields a
     *     date
     */
    static Recurrence rrule(String rrule) {
        return RruleRecurrence.parse(rrule);
    }

    /**
     * Monthly on an ordinal weekday: "the first Tuesday", "the last Friday".
     *
     * @param day the day of the week
     * @param ordinal 1 to 4 for the first to the fourth such day of the month, -1 for the last
     * @return the recurrence
     * @throws io.elan.mentoring.spi.InvalidValueException if the ordinal is not 1 to 4 or -1
     */
    static Recurrence monthlyOn(DayOfWeek day, int ordinal) {
        return new MonthlyOnRecurrence(day, ordinal);
    }

    /**
     * Every {@code weeks} weeks on the weekday of the start day.
     *
     * @param weeks the interval in weeks, 1 to 52
     * @return the recurrence
     * @throws io.elan.mentoring.spi.InvalidValueException if the interval is out of range
     */
    static Recurrence everyWeeks(int weeks) {
        return new WeeklyRecurrence(weeks, null);
    }

    /**
     * Every {@code weeks} weeks on a given weekday, the first one being the first such weekday on or after the start.
     *
     * @param weeks the interval in weeks, 1 to 52
     * @param day the day of the week
     * @return the recurrence
     * @throws io.elan.mentoring.spi.InvalidValueException if the interval is out of range
     */
    static Recurrence everyWeeks(int weeks, DayOfWeek day) {
        return new WeeklyRecurrence(weeks, day);
    }
}
