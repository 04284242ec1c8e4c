package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Rules the calendar keeps for any plan, any program dates, any zone (most of them change clocks inside the program)
 * and any blackouts.
 */
class CadencePlannerProperties {
    private static final List<ZoneId> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
            .filter(id -> !id.contains("~")) // ical4j registers the zones it reads under "ical4j~<uuid>"
            .map(ZoneId::of).toList();
    private static final HolidayCalendar FRANCE = HolidayCalendar.france();
    private static final HolidayCalendar MOSELLE = HolidayCalendar.parse("fr-57");
    private static final List<Format> MEETINGS = List.of(Format.WEBINAR_FOCUS, Format.TESTIMONY_MEAL,
            Format.INSPIRATION_CAPSULE, Format.CO_DEVELOPMENT, Format.COLLABORATIVE_WORKSHOP);

    /** Everything one planning needs. */
    record Case(ProgramWindow window, CadencePlan plan, PlanningConstraints constraints) {}

    @Property(tries = 150)
    void everyTouchpointFallsOnAnAvailableDayWithinWorkingHours(@ForAll("cases") Case c) {
        ProgramCalendar calendar = new CadencePlanner().plan(c.window(), c.plan(), c.constraints());
        PlanningConstraints k = c.constraints();
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

    @Property(tries = 150)
    void durationsAreElapsedTimeWhateverTheClockChanges(@ForAll("cases") Case c) {
        ZoneRules zoneRules = c.window().zone().getRules();
        ZoneOffsetTransition change = zoneRules.nextTransition(c.window().kickOff().atStartOfDay(c.window().zone())
                .toInstant());
        boolean clockChangesInside = change != null
                && !change.getInstant().isAfter(c.window().closing().atStartOfDay(c.window().zone()).toInstant());
        Statistics.label("clock change inside the program").collect(clockChangesInside);
        Statistics.label("clock change inside the program")
                .coverage(coverage -> coverage.check(true).percentage(p -> p > 25));
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

    @Property(tries = 150)
    void noCommunityGetsTheSameFormatTwiceInARowAndMeetingsAreSpaced(@ForAll("cases") Case c) {
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

    @Property(tries = 150)
    void theMaximumGapHoldsOrIsReported(@ForAll("cases") Case c) {
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

    @Property(tries = 120)
    void themesComeBackOnlyOnceThePoolIsUsedUp(@ForAll("cases") Case c) {
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

    @Property(tries = 60)
    void theSameInputAlwaysGivesTheSameCalendar(@ForAll("cases") Case c) {
        ProgramCalendar first = new CadencePlanner().plan(c.window(), c.plan(), c.constraints());
        ProgramCalendar second = new CadencePlanner().plan(c.window(), c.plan(), c.constraints());
        assertThat(second).isEqualTo(first);
        assertThat(first.touchpoints()).extracting(PlannedTouchpoint::key).doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<ProgramWindow> windows = Combinators.combine(
                Arbitraries.integers().between(0, 365 * 5).map(d -> LocalDate.of(2025, 1, 1).plusDays(d)),
                Arbitraries.integers().between(3, 12), Arbitraries.oneOf(Arbitraries.of(ZONES), Arbitraries.of(
                        ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"),
                        ZoneId.of("America/Santiago"), ZoneId.of("Pacific/Chatham"), ZoneId.of("Africa/Cairo"))))
                .as((kickOff, months, zone) -> ProgramWindow.of(kickOff, kickOff.plusMonths(months), zone));
        return windows.flatMap(window -> Combinators.combine(plans(window), constraints(window))
                .as((plan, constraints) -> new Case(window, plan, constraints)));
    }

    private Arbitrary<CadencePlan> plans(ProgramWindow window) {
        return Arbitraries.integers().between(1, 5).flatMap(n -> rituals(window).list().ofSize(n))
                .map(rituals -> {
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

    private Arbitrary<PendingRule> rituals(ProgramWindow window) {
        long days = ChronoUnit.DAYS.between(window.kickOff(), window.closing());
        Arbitrary<Recurrence> recurrences = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.of(DayOfWeek.class))
                        .as(Recurrence::everyWeeks),
                Arbitraries.integers().between(1, 6).map(Recurrence::everyWeeks),
                Combinators.combine(Arbitraries.of(DayOfWeek.class), Arbitraries.of(1, 2, 3, 4, -1))
                        .as(Recurrence::monthlyOn),
                Arbitraries.of("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "FREQ=MONTHLY;BYMONTHDAY=10,25",
                        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "FREQ=DAILY;INTERVAL=9")
                        .map(Recurrence::rrule));
        Arbitrary<Placement> placements = Combinators.combine(Arbitraries.of(Anchor.class),
                Arbitraries.longs().between(0, days / 3))
                .as((anchor, offset) -> switch (anchor) {
                    case KICK_OFF -> Placement.afterKickOff(Period.ofDays(offset.intValue()));
                    case MID_POINT -> Placement.fromMidPoint(Period.ofDays((int) (offset - days / 6)));
                    case CLOSING -> Placement.beforeClosing(Period.ofDays(offset.intValue()));
                });
        Arbitrary<LocalTime> times = Arbitraries.integers().between(6 * 4, 20 * 4)
                .map(q -> LocalTime.of(q / 4, q % 4 * 15));
        Arbitrary<Audience> audiences = Arbitraries.of(Audience.class);
        Arbitrary<List<LocalizedText>> themes = Arbitraries.integers().between(0, 5).map(n -> {
            List<LocalizedText> pool = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pool.add(LocalizedText.of("thème " + i, "theme " + i));
            }
            return pool;
        });
        Arbitrary<List<Format>> rotations = Arbitraries.of(MEETINGS).set().ofMinSize(1).ofMaxSize(4)
                .map(ArrayList::new);
        Arbitrary<Format> singles = Arbitraries.of(Format.KICK_OFF, Format.MONTHLY_MESSAGE, Format.CHECKPOINT_CALL,
                Format.MID_POINT_WORKSHOP, Format.CLOSING_EVENT, Format.WEBINAR_FOCUS);
        Arbitrary<ShiftPolicy> policies = Arbitraries.of(ShiftPolicy.class).injectNull(0.5);
        return Combinators.combine(Arbitraries.of(true, false), recurrences, placements.list().ofMinSize(1)
                        .ofMaxSize(3), times, audiences, themes, Arbitraries.oneOf(rotations,
                        singles.map(List::of)), policies)
                .as((recurring, recurrence, where, time, audience, pool, formats, policy) -> id -> {
                    RitualRule.Builder builder = RitualRule.builder(id)
                            .rotate(formats.toArray(Format[]::new)).audience(audience).startTime(time)
                            .themes(pool.toArray(LocalizedText[]::new));
                    if (policy != null) {
                        builder.shiftPolicy(policy);
                    }
                    return recurring ? builder.recurrence(recurrence).build()
                            : builder.at(where.toArray(Placement[]::new)).build();
                });
    }

    private Arbitrary<PlanningConstraints> constraints(ProgramWindow window) {
        long days = ChronoUnit.DAYS.between(window.kickOff(), window.closing());
        Arbitrary<Blackout> blackouts = Combinators.combine(Arbitraries.longs().between(0, days),
                Arbitraries.integers().between(0, 40))
                .as((offset, length) -> new Blackout(window.kickOff().plusDays(offset),
                        window.kickOff().plusDays(offset + length), LocalizedText.of("fermeture", "closure")));
        Arbitrary<Set<DayOfWeek>> workingDays = Arbitraries.of(DayOfWeek.class).set().ofMinSize(2)
                .map(EnumSet::copyOf);
        Arbitrary<Tuple.Tuple2<LocalTime, LocalTime>> hours = Combinators.combine(
                Arbitraries.integers().between(7, 10), Arbitraries.integers().between(16, 20))
                .as((start, end) -> Tuple.of(LocalTime.of(start, 0), LocalTime.of(end, 0)));
        return Combinators.combine(workingDays, hours, Arbitraries.of(FRANCE, MOSELLE, HolidayCalendar.none()),
                        blackouts.list().ofMaxSize(2), Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(14, 42), Arbitraries.of(ShiftPolicy.class))
                .as((working, h, holidays, ranges, spacing, gap, policy) -> PlanningConstraints.builder()
                        .workingDays(working).workingHours(h.get1(), h.get2()).holidays(holidays).blackouts(ranges)
                        .minSpacingDays(spacing).maxGapDays(gap).shiftPolicy(policy).build());
    }
}
