package io.elan.mentoring.scheduling.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.jspecify.annotations.Nullable;

/**
 * Writes a VTIMEZONE (RFC 5545 section 3.6.5) from {@code java.time} zone rules for the instants a calendar uses.
 *
 * <p>Where the zone follows yearly rules over the whole range, each rule becomes one STANDARD or DAYLIGHT observance
 * with a yearly RRULE. Each RRULE is expanded back with lib-recur and compared with the real transitions; any rule
 * that cannot be written that way (a transition whose wall-clock day differs from the rule's day, for instance), and
 * any historical transition of the range, is written as its own dated observance instead, so the result is always
 * exact.
 */
public final class VTimezoneWriter {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private VTimezoneWriter() {}

    /**
     * @param lines where to write
     * @param zone the zone
     * @param from the first instant the calendar uses
     * @param to the last instant the calendar uses
     */
    public static void write(IcsLines lines, ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        lines.line("BEGIN:VTIMEZONE");
        lines.text("TZID", zone.getId());
        List<ZoneOffsetTransition> explicit = rules.getTransitions();
        Instant lastExplicit = explicit.isEmpty() ? Instant.MIN : explicit.get(explicit.size() - 1).getInstant();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        boolean rulesCoverRange = !yearly.isEmpty() && lastExplicit.isBefore(from);
        if (rulesCoverRange) {
            int firstYear = LocalDateTime.ofInstant(from, ZoneOffset.UTC).getYear() - 1;
            int lastYear = LocalDateTime.ofInstant(to, ZoneOffset.UTC).getYear() + 1;
            for (ZoneOffsetTransitionRule rule : yearly) {
                writeRule(lines, rules, rule, firstYear, lastYear);
            }
        } else {
            // Offset in force at the start of the range, then every transition the range contains.
            ZoneOffset offset = rules.getOffset(from);
            LocalDateTime start = LocalDateTime.ofInstant(from, offset).truncatedTo(ChronoUnit.DAYS);
            observance(lines, rules.isDaylightSavings(from), offset, offset, start, null);
            ZoneOffsetTransition next = rules.nextTransition(from);
            while (next != null && !next.getInstant().isAfter(to)) {
                observance(lines, isDaylight(rules, next), next.getOffsetBefore(), next.getOffsetAfter(),
                        next.getDateTimeBefore(), null);
                next = rules.nextTransition(next.getInstant());
            }
        }
        lines.line("END:VTIMEZONE");
    }

    private static void writeRule(IcsLines lines, ZoneRules rules, ZoneOffsetTransitionRule rule, int firstYear,
            int lastYear) {
        ZoneOffsetTransition first = rule.createTransition(firstYear);
        String rrule = rrule(rule, first);
        boolean daylight = isDaylight(rules, first);
        if (rrule != null && matches(rrule, rule, firstYear, lastYear)) {
            observance(lines, daylight, rule.getOffsetBefore(), rule.getOffsetAfter(), first.getDateTimeBefore(),
                    rrule);
            return;
        }
        for (int year = firstYear; year <= lastYear; year++) {
            ZoneOffsetTransition transition = rule.createTransition(year);
            observance(lines, daylight, transition.getOffsetBefore(), transition.getOffsetAfter(),
                    transition.getDateTimeBefore(), null);
        }
    }

    private static boolean isDaylight(ZoneRules rules, ZoneOffsetTransition transition) {
        return !transition.getOffsetAfter().equals(rules.getStandardOffset(transition.getInstant()));
    }

    /** The yearly RRULE of a rule, in wall-clock days of the transition, or null when no simple form exists. */
    private static @Nullable String rrule(ZoneOffsetTransitionRule rule, ZoneOffsetTransition sample) {
        int year = sample.getDateTimeBefore().getYear();
        long shift = ChronoUnit.DAYS.between(ruleDay(rule, year), sample.getDateTimeBefore().toLocalDate());
        int indicator = rule.getDayOfMonthIndicator() + (int) shift;
        @Nullable DayOfWeek day = rule.getDayOfWeek() == null ? null : rule.getDayOfWeek().plus(shift);
        StringJoiner parts = new StringJoiner(";", "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";", "");
        if (indicator == 0 || indicator > 28 || indicator < -28) {
            return null;
        }
        if (day == null) {
            parts.add("BYMONTHDAY=" + indicator);
        } else if (indicator == -1 || indicator > 0 && rule.getMonth() != Month.FEBRUARY
                && indicator + 6 == rule.getMonth().maxLength()) {
            // "Sunday on or after the 25th" of a 31-day month is its last Sunday, the form clients know best.
            parts.add("BYDAY=-1" + twoLetters(day));
        } else if (indicator > 0 && (indicator - 1) % 7 == 0) {
            parts.add("BYDAY=" + ((indicator - 1) / 7 + 1) + twoLetters(day));
        } else {
            StringJoiner days = new StringJoiner(",");
            for (int d = 0; d < 7; d++) {
                days.add(Integer.toString(indicator > 0 ? indicator + d : indicator - 6 + d));
            }
            parts.add("BYMONTHDAY=" + days).add("BYDAY=" + twoLetters(day));
        }
        return parts.toString();
    }

    private static LocalDate ruleDay(ZoneOffsetTransitionRule rule, int year) {
        int indicator = rule.getDayOfMonthIndicator();
        LocalDate date = indicator < 0
                ? YearMonth.of(year, rule.getMonth()).atEndOfMonth().plusDays(indicator + 1L)
                : LocalDate.of(year, rule.getMonth(), indicator);
        if (rule.getDayOfWeek() != null) {
            date = date.with(indicator < 0 ? TemporalAdjusters.previousOrSame(rule.getDayOfWeek())
                    : TemporalAdjusters.nextOrSame(rule.getDayOfWeek()));
        }
        return rule.isMidnightEndOfDay() ? date.plusDays(1) : date;
    }

    private static boolean matches(String rrule, ZoneOffsetTransitionRule rule, int firstYear, int lastYear) {
        LocalDate first = rule.createTransition(firstYear).getDateTimeBefore().toLocalDate();
        RecurrenceRuleIterator iterator;
        try {
            iterator = new RecurrenceRule(rrule, RecurrenceRule.RfcMode.RFC5545_STRICT)
                    .iterator(new DateTime(first.getYear(), first.getMonthValue() - 1, first.getDayOfMonth()));
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
            return false;
        }
        for (int year = firstYear; year <= lastYear; year++) {
            if (!iterator.hasNext()) {
                return false;
            }
            DateTime next = iterator.nextDateTime();
            LocalDate expected = rule.createTransition(year).getDateTimeBefore().toLocalDate();
            if (!LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth()).equals(expected)) {
                return false;
            }
        }
        return true;
    }

    private static String twoLetters(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static void observance(IcsLines lines, boolean daylight, ZoneOffset before, ZoneOffset after,
            LocalDateTime start, @Nullable String rrule) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        lines.line("BEGIN:" + kind);
        lines.line("DTSTART:" + LOCAL.format(start));
        lines.line("TZOFFSETFROM:" + offset(before));
        lines.line("TZOFFSETTO:" + offset(after));
        if (rrule != null) {
            lines.line("RRULE:" + rrule);
        }
        lines.line("END:" + kind);
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        String text = String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", abs % 60);
    }
}
