package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Rules the calendar keeps for any plan, any program dates, any zone (most of them change clocks inside the program)
 * and any blackouts.
 */
class CadencePlannerProperties {
    private static final HolidayCalendar FRANCE = HolidayCalendar.france();
    private static final HolidayCalendar MOSELLE = HolidayCalendar.parse("fr-57");
    private static final HolidayCalendar NO_HOLIDAYS = HolidayCalendar.none();
    private static final List<Format> MEETINGS = List.of(Format.WEBINAR_FOCUS, Format.TESTIMONY_MEAL,
            Format.INSPIRATION_CAPSULE, Format.CO_DEVELOPMENT, Format.COLLABORATIVE_WORKSHOP);
    /** Every choice of at least two working days in a week. */
    private static final List<Set<DayOfWeek>> WORKING_WEEKS = IntStream.range(0, 1 << 7)
            .filter(mask -> Integer.bitCount(mask) >= 2)
            .mapToObj(mask -> Arrays.stream(DayOfWeek.values()).filter(day -> (mask & 1 << day.ordinal()) != 0)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))))
            .<Set<DayOfWeek>>map(Collections::unmodifiableSet).toList();
    /** Planning is fast, but a failing case may be shrunk for a while: this bounds the search. */
    private static final int SHRINK_CYCLES = 2_000;

    /** Everything one planning needs, printed in full so that a failing case can be read and replayed by hand. */
    record Case(ProgramWindow window, CadencePlan plan, CompanyCalendar constraints) {
        @Override
        public String toString() {
            CompanyCalendar k = constraints;
            return "program " + window.kickOff() + " to " + window.closing() + " in " + window.zone() + "; rituals "
                    + plan.rituals().stream().map(Case::describe).collect(Collectors.joining("; "))
                    + "; working days " + EnumSet.copyOf(k.workingDays())
                    + " from " + k.workStart() + " to " + k.workEnd()
                    + ", holidays " + (k.holidays() == NO_HOLIDAYS ? "none" : k.holidays())
                    + ", blackouts " + k.blackouts().stream().map(b -> b.first() + " to " + b.last()).toList()
                    + ", at least " + k.minSpacingDays() + " days between meetings, gaps of at most "
                    + k.maxGapDays() + " days, shift " + k.shiftPolicy();
        }

        private static String describe(RitualRule rule) {
            return rule.id() + " " + rule.formats() + " for " + rule.audience() + " at " + rule.startTime()
                    + rule.recurrence().map(r -> " recurring " + r).orElse(" on " + rule.placements())
                    + " with " + rule.themes().size() + " themes"
                    + rule.shiftPolicy().map(policy -> ", shift " + policy).orElse("");
        }
    }

    @Test
    @DisplayName("every touchpoint falls on an available day within working hours")
    void everyTouchpointFallsOnAnAvailableDayWithinWorkingHours() {
        qt().withExamples(200).withShrinkCycles(SHRINK_CYCLES).forAll(cases())
                .checkAssert(CadencePlannerProperties::everyTouchpointFallsOnAnAvailableDayWithinWorkingHours);
    }

    private static void everyTouchpointFallsOnAnAvailableDayWithinWorkingHours(Case c) {
        ProgramCalendar calendar = new CadencePlanner().plan(c.window(), c.plan(), c.constraints());
        CompanyCalendar k = c.constraints();
        for (PlannedTouchpoint t : calendar.touchpoints()) {
            LocalDate day = t.start().toLocalDate();
            assertThat(t.start().getZone()).isEqualTo(c.window().zone());
            assertThat(c.window().contains(day)).as("%s inside the program", t.key()).isTrue();
            assertThat(k.workingDays()).as("%s on a working day", t.key()).contains(day.getDayOfWeek());
            assertThat(k.holidays().holidayOn(day)).as("%s not on a holiday", t.key()).isEmpty();
            assertThat(k.blackoutOn(day)).as("%s not in a blackout", t.key()).isEmpty();
            assertThat(t.start().toLocalTime()).as("%s starts within hours", t.key()).isAfterOrEqualTo(k.workStart());
            assertThat(t.end().toLocalDate()).as("%s ends the same day", t.key()).isEqualTo(day);
            assertThat(t.end().toLocalTime()).as("%s ends within hours", t.key()).isBeforeOrEqualTo(k.workEnd());
        }
    }

    @Test
    @DisplayName("durations are elapsed time whatever the clock changes, and over a quarter of the cases change "
            + "clocks inside the program")
    void durationsAreElapsedTimeWhateverTheClockChanges() {
        AtomicInteger planned = new AtomicInteger();
        AtomicInteger withClockChange = new AtomicInteger();
        qt().withExamples(200).withShrinkCycles(SHRINK_CYCLES).forAll(cases()).checkAssert(c -> {
            planned.incrementAndGet();
            if (clockChangesInside(c.window())) {
                withClockChange.incrementAndGet();
            }
            durationsAreElapsedTime(c);
        });
        assertThat(100.0 * withClockChange.get() / planned.get())
                .as("%% of %d cases with a clock change inside the program", planned.get()).isGreaterThan(25.0);
    }

    private static boolean clockChangesInside(ProgramWindow window) {
        ZoneRules zoneRules = window.zone().getRules();
        ZoneOffsetTransition change = zoneRules.nextTransition(window.kickOff().atStartOfDay(window.zone())
                .toInstant());
        return change != null
                && !change.getInstant().isAfter(window.closing().atStartOfDay(window.zone()).toInstant());
    }

    private static void durationsAreElapsedTime(Case c) {
        ProgramCalendar calendar = new CadencePlanner().plan(c.window(), c.plan(), c.constraints());
        Map<String, RitualRule> rules = new HashMap<>();
        c.plan().rituals().forEach(r -> rules.put(r.id(), r));
        for (PlannedTouchpoint t : calendar.touchpoints()) {
            Duration expected = t.isGapFiller() ? t.format().typicalDuration()
                    : rules.get(t.ruleId()).durationFor(t.format());
            assertThat(ChronoUnit.SECONDS.between(t.start().toInstant(), t.end().toInstant()))
                    .as(t.key()).isEqualTo(expected.getSeconds());
        }
    }

    @Test
    @DisplayName("no community gets the same format twice in a row, and its meetings are spaced")
    void noCommunityGetsTheSameFormatTwiceInARowAndMeetingsAreSpaced() {
        qt().withExamples(200).withShrinkCycles(SHRINK_CYCLES).forAll(cases())
                .checkAssert(CadencePlannerProperties::noSameFormatTwiceInARowAndMeetingsSpaced);
    }

    private static void noSameFormatTwiceInARowAndMeetingsSpaced(Case c) {
        ProgramCalendar calendar = new CadencePlanner().plan(c.window(), c.plan(), c.constraints());
        for (Role role : Role.values()) {
            List<PlannedTouchpoint> meetings = calendar.collectiveMeetingsOf(role);
            for (int i = 1; i < meetings.size(); i++) {
                PlannedTouchpoint before = meetings.get(i - 1);
                PlannedTouchpoint after = meetings.get(i);
                assertThat(after.format()).as("%s then %s for %s", before.key(), after.key(), role)
                        .isNotEqualTo(before.format());
                assertThat(ChronoUnit.DAYS.between(before.start().toLocalDate(), after.start().toLocalDate()))
                        .as("%s then %s", before.key(), after.key())
                        .isGreaterThanOrEqualTo(Math.max(1, c.constraints().minSpacingDays()));
            }
        }
    }

    @Test
    @DisplayName("the maximum gap between a community's meetings holds, or the gap is reported")
    void theMaximumGapHoldsOrIsReported() {
        qt().withExamples(200).withShrinkCycles(SHRINK_CYCLES).forAll(cases())
                .checkAssert(CadencePlannerProperties::theMaximumGapHoldsOrIsReported);
    }

    private static void theMaximumGapHoldsOrIsReported(Case c) {
        ProgramCalendar calendar = new CadencePlanner().plan(c.window(), c.plan(), c.constraints());
        int maxGap = c.constraints().maxGapDays();
        for (Role role : Role.values()) {
            List<LocalDate> days = new ArrayList<>();
            days.add(c.window().kickOff());
            calendar.collectiveMeetingsOf(role).forEach(t -> days.add(t.start().toLocalDate()));
            days.add(c.window().closing());
            for (int i = 1; i < days.size(); i++) {
                LocalDate from = days.get(i - 1);
                LocalDate to = days.get(i);
                if (ChronoUnit.DAYS.between(from, to) > maxGap) {
                    assertThat(calendar.unfilledGaps()).as("gap %s–%s for %s", from, to, role)
                            .contains(new UnfilledGap(role, from, to, maxGap));
                }
            }
        }
        for (UnfilledGap gap : calendar.unfilledGaps()) {
            assertThat(gap.days()).isGreaterThan(maxGap);
        }
    }

    @Test
    @DisplayName("a ritual's themes come back only once its pool is used up")
    void themesComeBackOnlyOnceThePoolIsUsedUp() {
        qt().withExamples(200).withShrinkCycles(SHRINK_CYCLES).forAll(cases())
                .checkAssert(CadencePlannerProperties::themesComeBackOnlyOnceThePoolIsUsedUp);
    }

    private static void themesComeBackOnlyOnceThePoolIsUsedUp(Case c) {
        ProgramCalendar calendar = new CadencePlanner().plan(c.window(), c.plan(), c.constraints());
        for (RitualRule rule : c.plan().rituals()) {
            List<LocalizedText> themes = calendar.ofRitual(rule.id()).stream().map(PlannedTouchpoint::theme).toList();
            int pool = rule.themes().size();
            for (int i = 0; i < themes.size(); i++) {
                Set<LocalizedText> window = Set.copyOf(themes.subList(Math.max(0, i - pool + 1), i + 1));
                assertThat(window).as("themes of %s", rule.id()).hasSize(Math.min(i + 1, pool));
            }
        }
    }

    @Test
    @DisplayName("the same input always gives the same calendar, with unique touchpoint keys")
    void theSameInputAlwaysGivesTheSameCalendar() {
        qt().withExamples(200).withShrinkCycles(SHRINK_CYCLES).forAll(cases())
                .checkAssert(CadencePlannerProperties::theSameInputAlwaysGivesTheSameCalendar);
    }

    private static void theSameInputAlwaysGivesTheSameCalendar(Case c) {
        ProgramCalendar first = new CadencePlanner().plan(c.window(), c.plan(), c.constraints());
        ProgramCalendar second = new CadencePlanner().plan(c.window(), c.plan(), c.constraints());
        assertThat(second).isEqualTo(first);
        assertThat(first.touchpoints()).extracting(PlannedTouchpoint::key).doesNotHaveDuplicates();
    }

    private static Gen<Case> cases() {
        Gen<ProgramWindow> windows = integers().between(0, 365 * 5).zip(integers().between(3, 12), Zones.any(),
                (day, months, zone) -> {
                    LocalDate kickOff = LocalDate.of(2025, 1, 1).plusDays(day);
                    return ProgramWindow.of(kickOff, kickOff.plusMonths(months), zone);
                });
        return windows.flatMap(window -> plans(window).zip(constraints(window),
                (plan, constraints) -> new Case(window, plan, constraints)));
    }

    private static Gen<CadencePlan> plans(ProgramWindow window) {
        return lists().of(rituals(window)).ofSizeBetween(1, 5).map(rituals -> {
            CadencePlan.Builder builder = CadencePlan.builder();
            for (int i = 0; i < rituals.size(); i++) {
                builder.ritual(rituals.get(i).apply("r" + i));
            }
            return builder.build();
        });
    }

    /** A ritual waiting for its id. */
    interface PendingRule {
        RitualRule apply(String id);
    }

    private static Gen<PendingRule> rituals(ProgramWindow window) {
        long days = ChronoUnit.DAYS.between(window.kickOff(), window.closing());
        Gen<Recurrence> weeklyOn = integers().between(1, 6).zip(arbitrary().enumValues(DayOfWeek.class),
                Recurrence::everyWeeks);
        Gen<Recurrence> weekly = integers().between(1, 6).map(weeks -> Recurrence.everyWeeks(weeks));
        Gen<Recurrence> monthly = arbitrary().enumValues(DayOfWeek.class).zip(arbitrary().pick(1, 2, 3, 4, -1),
                Recurrence::monthlyOn);
        Gen<Recurrence> rrules = arbitrary().pick("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH",
                "FREQ=MONTHLY;BYMONTHDAY=10,25", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
                "FREQ=DAILY;INTERVAL=9").map(Recurrence::rrule);
        Gen<Recurrence> recurrences = Generate.oneOf(weeklyOn, weekly, monthly, rrules);
        Gen<Placement> placements = arbitrary().enumValues(Anchor.class).zip(longs().between(0, days / 3),
                (anchor, offset) -> switch (anchor) {
                    case KICK_OFF -> Placement.afterKickOff(Period.ofDays(offset.intValue()));
                    case MID_POINT -> Placement.fromMidPoint(Period.ofDays((int) (offset - days / 6)));
                    case CLOSING -> Placement.beforeClosing(Period.ofDays(offset.intValue()));
                });
        Gen<List<Placement>> places = lists().of(placements).ofSizeBetween(1, 3);
        Gen<LocalTime> times = integers().between(6 * 4, 20 * 4).map(q -> LocalTime.of(q / 4, q % 4 * 15));
        Gen<Audience> audiences = arbitrary().enumValues(Audience.class);
        Gen<List<LocalizedText>> themes = integers().between(0, 5).map(n -> {
            List<LocalizedText> pool = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pool.add(LocalizedText.of("thème " + i, "theme " + i));
            }
            return pool;
        });
        Gen<List<Format>> rotations = lists().of(arbitrary().pick(MEETINGS)).ofSizeBetween(1, 4)
                .map(drawn -> List.copyOf(new LinkedHashSet<>(drawn)));
        Gen<List<Format>> singles = arbitrary().pick(Format.KICK_OFF, Format.MONTHLY_MESSAGE, Format.CHECKPOINT_CALL,
                Format.MID_POINT_WORKSHOP, Format.CLOSING_EVENT, Format.WEBINAR_FOCUS).map(format -> List.of(format));
        Gen<List<Format>> formatLists = Generate.oneOf(rotations, singles);
        Gen<@Nullable ShiftPolicy> policies = arbitrary().enumValues(ShiftPolicy.class).toOptionals(50)
                .map(policy -> policy.orElse(null));
        Gen<Boolean> recurring = booleans().all();
        return in -> {
            boolean isRecurring = recurring.generate(in);
            Recurrence recurrence = recurrences.generate(in);
            List<Placement> where = places.generate(in);
            LocalTime time = times.generate(in);
            Audience audience = audiences.generate(in);
            List<LocalizedText> pool = themes.generate(in);
            List<Format> formats = formatLists.generate(in);
            ShiftPolicy policy = policies.generate(in);
            return id -> {
                RitualRule.Builder builder = RitualRule.builder(id).rotate(formats.toArray(Format[]::new))
                        .audience(audience).startTime(time).themes(pool.toArray(LocalizedText[]::new));
                if (policy != null) {
                    builder.shiftPolicy(policy);
                }
                return isRecurring ? builder.recurrence(recurrence).build()
                        : builder.at(where.toArray(Placement[]::new)).build();
            };
        };
    }

    private static Gen<CompanyCalendar> constraints(ProgramWindow window) {
        long days = ChronoUnit.DAYS.between(window.kickOff(), window.closing());
        Gen<Blackout> blackouts = longs().between(0, days).zip(integers().between(0, 40),
                (offset, length) -> new Blackout(window.kickOff().plusDays(offset),
                        window.kickOff().plusDays(offset + length), LocalizedText.of("fermeture", "closure")));
        Gen<Set<DayOfWeek>> workingDays = arbitrary().pick(WORKING_WEEKS);
        Gen<LocalTime> starts = integers().between(7, 10).map(hour -> LocalTime.of(hour, 0));
        Gen<LocalTime> ends = integers().between(16, 20).map(hour -> LocalTime.of(hour, 0));
        Gen<HolidayCalendar> holidays = arbitrary().pick(FRANCE, MOSELLE, NO_HOLIDAYS);
        Gen<List<Blackout>> ranges = lists().of(blackouts).ofSizeBetween(0, 2);
        Gen<Integer> spacings = integers().between(0, 5);
        Gen<Integer> gaps = integers().between(14, 42);
        Gen<ShiftPolicy> policies = arbitrary().enumValues(ShiftPolicy.class);
        return in -> CompanyCalendar.builder().workingDays(workingDays.generate(in))
                .workingHours(starts.generate(in), ends.generate(in)).holidays(holidays.generate(in))
                .blackouts(ranges.generate(in)).minSpacingDays(spacings.generate(in)).maxGapDays(gaps.generate(in))
                .shiftPolicy(policies.generate(in)).build();
    }
}
