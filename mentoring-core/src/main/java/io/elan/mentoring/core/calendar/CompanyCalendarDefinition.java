package io.elan.mentoring.core.calendar;

import io.elan.mentoring.scheduling.Blackout;
import io.elan.mentoring.scheduling.HolidayCalendar;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.validation.Checks;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The company calendar in a program's definition: the public holidays of a region, the blackout ranges, the working
 * days and the working hours. Touchpoints are planned inside it, read in the program's zone. Immutable; built with
 * {@link #builder()}, or {@link #france()} for the defaults.
 *
 * @param holidays the region whose public holidays are avoided, in the compact form {@code fr}, {@code fr-57} or
 *     {@code fr-67/68/57} (see {@link HolidayCalendar#parse(String)}), or {@code none}; kept in lower case
 * @param workingDays the days of the week touchpoints may fall on, at least one
 * @param workStart the earliest local time a touchpoint may start
 * @param workEnd the latest local time a touchpoint may end, after {@code workStart}
 * @param blackouts the ranges of days without any touchpoint, such as the August closure
 */
public record CompanyCalendarDefinition(String holidays, Set<DayOfWeek> workingDays, LocalTime workStart,
        LocalTime workEnd, List<Blackout> blackouts) {

    /** The {@link #holidays()} value for no public holiday at all. */
    public static final String NO_HOLIDAYS = "none";

    /**
     * Checks every field and reports every broken rule at once.
     *
     * @param holidays the region whose public holidays are avoided, in the compact form {@code fr}, {@code fr-57} or
     *         {@code fr-67/68/57} (see {@link HolidayCalendar#parse(String)}), or {@code none}; kept in lower case
     * @param workingDays the days of the week touchpoints may fall on, at least one
     * @param workStart the earliest local time a touchpoint may start
     * @param workEnd the latest local time a touchpoint may end, after {@code workStart}
     * @param blackouts the ranges of days without any touchpoint, such as the August closure
     * @throws InvalidValueException naming {@code holidays}, {@code workingDays}, {@code workingHours} or
     *     {@code blackouts[i]}
     */
    public CompanyCalendarDefinition {
        List<Violation> violations = new ArrayList<>();
        if (holidays == null) {
            violations.add(Violation.of("holidays", "is required"));
        } else {
            holidays = holidays.strip().toLowerCase(Locale.ROOT);
            if (!NO_HOLIDAYS.equals(holidays)) {
                try {
                    HolidayCalendar.parse(holidays);
                } catch (InvalidValueException e) {
                    for (Violation v : e.violations()) {
                        violations.add(Violation.of("holidays", "must be a region with public holiday data such as "
                                + "fr, fr-57 or fr-67/68/57, or " + NO_HOLIDAYS + "; " + v.field() + " " + v.rule(),
                                Checks.quote(holidays)));
                    }
                }
            }
        }
        if (workingDays == null || workingDays.isEmpty() || workingDays.contains(null)) {
            violations.add(Violation.of("workingDays", "must hold at least one day and no null"));
        } else {
            workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
        }
        if (workStart == null || workEnd == null) {
            violations.add(Violation.of("workingHours", "must have a start and an end"));
        } else if (!workEnd.isAfter(workStart)) {
            violations.add(Violation.of("workingHours", "must end after they start", workStart + "–" + workEnd));
        }
        if (blackouts == null) {
            violations.add(Violation.of("blackouts", "is required (empty for none)"));
        } else {
            for (int i = 0; i < blackouts.size(); i++) {
                if (blackouts.get(i) == null) {
                    violations.add(Violation.of("blackouts[" + i + "]", "must not be null"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        blackouts = List.copyOf(blackouts);
    }

    /** @return the defaults: French public holidays, Monday to Friday, 09:00–18:00, no blackout */
    public static CompanyCalendarDefinition france() {
        return Defaults.FRANCE;
    }

    /** Built once, on first use: every definition that says nothing of its calendar holds it. */
    private static final class Defaults {
        static final CompanyCalendarDefinition FRANCE = new Builder().build();
    }

    /** @return a builder holding the defaults of {@link #france()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this calendar's values */
    public Builder toBuilder() {
        return new Builder().holidays(holidays).workingDays(workingDays).workingHours(workStart, workEnd)
                .blackouts(blackouts);
    }

    /**
     * @return the company calendar of the scheduling module: these days, hours, holidays and blackouts, with the
     *     planner's default spacing, maximum gap and shift policy
     */
    public CompanyCalendar toCalendar() {
        return CompanyCalendar.builder()
                .holidays(NO_HOLIDAYS.equals(holidays) ? HolidayCalendar.none() : HolidayCalendar.parse(holidays))
                .workingDays(workingDays).workingHours(workStart, workEnd).blackouts(blackouts).build();
    }

    /** Builds a {@link CompanyCalendarDefinition}; {@link #build()} checks every field at once. Not thread-safe. */
    public static final class Builder {
        private @Nullable String holidays = "fr";
        private @Nullable Set<@Nullable DayOfWeek> workingDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        private @Nullable LocalTime workStart = LocalTime.of(9, 0);
        private @Nullable LocalTime workEnd = LocalTime.of(18, 0);
        private final List<@Nullable Blackout> blackouts = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the region, such as {@code fr}, {@code fr-57} or {@code fr-67/68/57}, or {@code none}; France
         *     unless set
         * @return this builder
         */
        public Builder holidays(@Nullable String value) { holidays = value; return this; }

        /**
         * @param value the days touchpoints may fall on; Monday to Friday unless set
         * @return this builder
         */
        public Builder workingDays(@Nullable Collection<? extends @Nullable DayOfWeek> value) {
            workingDays = value == null ? null : new HashSet<>(value);
            return this;
        }

        /**
         * @param start the earliest local start time; 09:00 unless set
         * @param end the latest local end time; 18:00 unless set
         * @return this builder
         */
        public Builder workingHours(@Nullable LocalTime start, @Nullable LocalTime end) {
            workStart = start;
            workEnd = end;
            return this;
        }

        /**
         * @param value a range without any touchpoint, added to the others
         * @return this builder
         */
        public Builder blackout(@Nullable Blackout value) { blackouts.add(value); return this; }

        /**
         * @param values the ranges without any touchpoint, replacing the others
         * @return this builder
         */
        public Builder blackouts(Collection<? extends @Nullable Blackout> values) {
            blackouts.clear();
            blackouts.addAll(values);
            return this;
        }

        /**
         * @return the calendar
         * @throws InvalidValueException listing every broken rule
         */
        public CompanyCalendarDefinition build() {
            return new CompanyCalendarDefinition(holidays, workingDays, workStart, workEnd,
                    new ArrayList<>(blackouts));
        }
    }
}
