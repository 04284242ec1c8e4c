package io.elan.mentoring.scheduling;

import io.elan.mentoring.scheduling.internal.Texts;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.validation.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The company's calendar a plan must respect: working days and hours (read in the program's zone), public holidays,
 * blackout ranges, the minimum spacing between collective touchpoints of one community, the maximum gap a community
 * may go without one, and what to do with an occurrence that falls on an unavailable day. Immutable and thread-safe.
 */
public final class CompanyCalendar {
    /** Momentum drops after six to eight weeks without animation; four weeks leaves a margin. */
    public static final int DEFAULT_MAX_GAP_DAYS = 28;
    /** Two collective touchpoints of a community closer than this tire people more than they help. */
    public static final int DEFAULT_MIN_SPACING_DAYS = 3;
    private static final int MAX_SCAN_DAYS = 3660;

    private final Set<DayOfWeek> workingDays;
    private final LocalTime workStart;
    private final LocalTime workEnd;
    private final HolidayCalendar holidays;
    private final List<Blackout> blackouts;
    private final int minSpacingDays;
    private final int maxGapDays;
    private final ShiftPolicy shiftPolicy;

    private CompanyCalendar(Builder builder) {
        this.workingDays = Set.copyOf(builder.workingDays);
        this.workStart = builder.workStart;
        this.workEnd = builder.workEnd;
        this.holidays = builder.holidays == null ? HolidayCalendar.france() : builder.holidays;
        this.blackouts = List.copyOf(builder.blackouts);
        this.minSpacingDays = builder.minSpacingDays;
        this.maxGapDays = builder.maxGapDays;
        this.shiftPolicy = builder.shiftPolicy;
    }

    /** @return constraints with every default: Monday to Friday, 09:00–18:00, French holidays, no blackout */
    public static CompanyCalendar defaults() {
        return builder().build();
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the days of the week touchpoints may fall on */
    public Set<DayOfWeek> workingDays() {
        return workingDays;
    }

    /** @return the earliest local time a touchpoint may start */
    public LocalTime workStart() {
        return workStart;
    }

    /** @return the latest local time a touchpoint may end */
    public LocalTime workEnd() {
        return workEnd;
    }

    /** @return the public holidays avoided */
    public HolidayCalendar holidays() {
        return holidays;
    }

    /** @return the company blackout ranges */
    public List<Blackout> blackouts() {
        return blackouts;
    }

    /** @return the fewest days between two collective touchpoints of one community */
    public int minSpacingDays() {
        return minSpacingDays;
    }

    /** @return the most days a community may go without a collective touchpoint */
    public int maxGapDays() {
        return maxGapDays;
    }

    /** @return what happens to an occurrence on an unavailable day, unless its ritual says otherwise */
    public ShiftPolicy shiftPolicy() {
        return shiftPolicy;
    }

    /**
     * Why the company leaves a day without any event: a day of the week it does not work, a public holiday or a
     * blackout, in that order. This is the one place that says whether a day is closed; planning, engagement (quiet
     * weeks), nudges and hotline response targets all ask it.
     *
     * @param date a day
     * @return what keeps the company away that day, if anything
     */
    public Optional<Obstacle> obstacleOn(LocalDate date) {
        Checks.present(date, "date");
        if (!workingDays.contains(date.getDayOfWeek())) {
            return Optional.of(new Obstacle(Obstacle.Kind.NON_WORKING_DAY, date, Texts.weekday(date.getDayOfWeek())));
        }
        Optional<PublicHoliday> holiday = holidays.holidayOn(date);
        if (holiday.isPresent()) {
            return Optional.of(new Obstacle(Obstacle.Kind.PUBLIC_HOLIDAY, date, holiday.get().name()));
        }
        return blackoutOn(date).map(b -> new Obstacle(Obstacle.Kind.BLACKOUT, date, b.label()));
    }

    /**
     * @param date a day
     * @return whether it is one of the working days and neither a public holiday nor in a blackout
     */
    public boolean isWorkingDay(LocalDate date) {
        return obstacleOn(date).isEmpty();
    }

    /**
     * @param date a day
     * @return whether the company is closed that day for a public holiday or a blackout, whatever its day of the week
     */
    public boolean isClosed(LocalDate date) {
        return holidays.holidayOn(Checks.present(date, "date")).isPresent() || blackoutOn(date).isPresent();
    }

    /**
     * @param start a day
     * @param workingDays how many working days to count after it, at least 0
     * @return the day that many working days after {@code start}; {@code start} itself for 0
     * @throws InvalidValueException naming {@code workingDays} if it is negative, or if the calendar has no working
     *     day within ten years after {@code start}
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        Checks.present(start, "start");
        if (workingDays < 0) {
            throw new InvalidValueException("workingDays", "must be at least 0", workingDays);
        }
        LocalDate day = start;
        int left = workingDays;
        // A calendar closed every day would loop for ever; ten years of scanning is a clear sign of one.
        for (int scanned = 0; left > 0; scanned++) {
            if (scanned > MAX_SCAN_DAYS) {
                throw new InvalidValueException("workingDays", "must be reachable: the calendar has no working day "
                        + "within ten years after " + start, workingDays);
            }
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * @param date a day
     * @return the blackout covering that day, if any
     */
    public Optional<Blackout> blackoutOn(LocalDate date) {
        for (Blackout blackout : blackouts) {
            if (blackout.contains(date)) {
                return Optional.of(blackout);
            }
        }
        return Optional.empty();
    }

    /** @return a builder holding these constraints */
    public Builder toBuilder() {
        return new Builder().workingDays(workingDays).workingHours(workStart, workEnd).holidays(holidays)
                .blackouts(blackouts).minSpacingDays(minSpacingDays).maxGapDays(maxGapDays).shiftPolicy(shiftPolicy);
    }

    @Override
    public String toString() {
        return "CompanyCalendar[workingDays=" + workingDays + ", hours=" + workStart + "–" + workEnd
                + ", holidays=" + holidays + ", blackouts=" + blackouts.size() + ", minSpacingDays=" + minSpacingDays
                + ", maxGapDays=" + maxGapDays + ", shiftPolicy=" + shiftPolicy + "]";
    }

    /** Builds {@link CompanyCalendar}; {@link #build()} checks every field at once. Not thread-safe. */
    public static final class Builder {
        private Set<DayOfWeek> workingDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        private LocalTime workStart = LocalTime.of(9, 0);
        private LocalTime workEnd = LocalTime.of(18, 0);
        private @Nullable HolidayCalendar holidays;
        private final List<Blackout> blackouts = new ArrayList<>();
        private int minSpacingDays = DEFAULT_MIN_SPACING_DAYS;
        private int maxGapDays = DEFAULT_MAX_GAP_DAYS;
        private ShiftPolicy shiftPolicy = ShiftPolicy.NEXT_WORKING_DAY;

        private Builder() {}

        /**
         * @param days the days of the week touchpoints may fall on, at least one
         * @return this builder
         */
        public Builder workingDays(Collection<DayOfWeek> days) {
            this.workingDays = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
            return this;
        }

        /**
         * @param start the earliest local start time
         * @param end the latest local end time, after {@code start}
         * @return this builder
         */
        public Builder workingHours(LocalTime start, LocalTime end) {
            this.workStart = start;
            this.workEnd = end;
            return this;
        }

        /**
         * @param calendar the public holidays to avoid; France when not set
         * @return this builder
         */
        public Builder holidays(HolidayCalendar calendar) { this.holidays = calendar; return this; }

        /**
         * @param blackout a range of days without touchpoints, added to the others
         * @return this builder
         */
        public Builder blackout(Blackout blackout) { this.blackouts.add(blackout); return this; }

        /**
         * @param ranges the ranges of days without touchpoints, replacing the others
         * @return this builder
         */
        public Builder blackouts(Collection<Blackout> ranges) {
            this.blackouts.clear();
            this.blackouts.addAll(ranges);
            return this;
        }

        /**
         * @param days the fewest days between two collective touchpoints of one community, 0 to 14
         * @return this builder
         */
        public Builder minSpacingDays(int days) { this.minSpacingDays = days; return this; }

        /**
         * @param days the most days without a collective touchpoint, 7 to 90
         * @return this builder
         */
        public Builder maxGapDays(int days) { this.maxGapDays = days; return this; }

        /**
         * @param policy what to do with an occurrence on an unavailable day
         * @return this builder
         */
        public Builder shiftPolicy(ShiftPolicy policy) { this.shiftPolicy = policy; return this; }

        /**
         * @return the constraints
         * @throws InvalidValueException listing every field that breaks a rule
         */
        public CompanyCalendar build() {
            List<Violation> violations = new ArrayList<>();
            if (workingDays.isEmpty()) {
                violations.add(Violation.of("workingDays", "must hold at least one day"));
            }
            if (workStart == null || workEnd == null) {
                violations.add(Violation.of("workingHours", "must have a start and an end"));
            } else if (!workEnd.isAfter(workStart)) {
                violations.add(Violation.of("workingHours", "must end after they start", workStart + "–" + workEnd));
            }
            if (blackouts.contains(null)) {
                violations.add(Violation.of("blackouts", "must not contain null"));
            }
            if (minSpacingDays < 0 || minSpacingDays > 14) {
                violations.add(Violation.of("minSpacingDays", "must be 0 to 14", minSpacingDays));
            }
            if (maxGapDays < 7 || maxGapDays > 90) {
                violations.add(Violation.of("maxGapDays", "must be 7 to 90", maxGapDays));
            } else if (maxGapDays <= 2 * minSpacingDays) {
                violations.add(Violation.of("maxGapDays",
                        "must be more than twice minSpacingDays (" + minSpacingDays + ") to leave room for a capsule",
                        maxGapDays));
            }
            if (shiftPolicy == null) {
                violations.add(Violation.of("shiftPolicy", "must not be null"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidValueException(violations);
            }
            return new CompanyCalendar(this);
        }
    }
}
