package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How the planner moves, drops, rotates and fills, each case with the reason a program manager reads. */
class CadencePlannerTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ProgramWindow WINDOW = ProgramWindow.of(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 12, 17),
            PARIS);
    private static final Blackout AUGUST = new Blackout(LocalDate.of(2027, 7, 26), LocalDate.of(2027, 8, 27),
            LocalizedText.of("Fermeture estivale", "Summer closure"));
    private final CadencePlanner planner = new CadencePlanner();

    @Test
    @DisplayName("an occurrence on a holiday moves to the previous working day when the policy says so")
    void previousWorkingDay() {
        // 14 July 2027 is a Wednesday and the national holiday.
        RitualRule rule = RitualRule.builder("summer").format(Format.TESTIMONY_MEAL)
                .at(Placement.afterKickOff(java.time.Period.ofDays(191))).build();
        CompanyCalendar constraints = CompanyCalendar.builder()
                .shiftPolicy(ShiftPolicy.PREVIOUS_WORKING_DAY).build();
        ProgramCalendar calendar = planner.plan(WINDOW, CadencePlan.builder().ritual(rule).build(), constraints);
        PlannedTouchpoint lunch = calendar.find("summer").orElseThrow();
        assertThat(lunch.start().toLocalDate()).isEqualTo(LocalDate.of(2027, 7, 13));
        assertThat(lunch.reasons().get(1).describe(Locale.FRENCH)).isEqualTo("Déplacé au mardi 13 juillet 2027 "
                + "(jour disponible précédent)\u00a0: mercredi 14 juillet 2027 est férié (Fête Nationale)");
    }

    @Test
    @DisplayName("with the DROP policy an occurrence on an unavailable day is left out and listed with its cause")
    void drop() {
        RitualRule rule = RitualRule.builder("webinars").format(Format.WEBINAR_FOCUS).audience(Audience.MENTORS)
                .recurrence(Recurrence.monthlyOn(DayOfWeek.THURSDAY, 1)).shiftPolicy(ShiftPolicy.DROP).build();
        ProgramCalendar calendar = planner.plan(WINDOW, CadencePlan.builder().ritual(rule).build(),
                CompanyCalendar.builder().blackout(AUGUST).build());
        assertThat(calendar.dropped()).extracting(DroppedOccurrence::key).containsExactly("webinars-05",
                "webinars-08");
        DroppedOccurrence august = calendar.dropped().get(1);
        assertThat(august.intendedDate()).isEqualTo(LocalDate.of(2027, 8, 5));
        assertThat(august.cause().kind()).isEqualTo(Obstacle.Kind.BLACKOUT);
        assertThat(august.describe(Locale.ENGLISH)).isEqualTo("Not planned (“webinars-08”, due on Thursday 5 "
                + "August 2027): Thursday 5 August 2027 falls in the blackout “Summer closure”");
        assertThat(calendar.dropped().get(0).cause().kind()).isEqualTo(Obstacle.Kind.PUBLIC_HOLIDAY);
        assertThat(calendar.find("webinars-08")).isEmpty();
        assertThat(calendar.find("webinars-09")).isPresent();
    }

    @Test
    @DisplayName("a fixed format that recurs keeps every occurrence, with a capsule in between so mentors alternate")
    void alternationCapsules() {
        RitualRule rule = RitualRule.builder("webinars").format(Format.WEBINAR_FOCUS).audience(Audience.MENTORS)
                .recurrence(Recurrence.monthlyOn(DayOfWeek.THURSDAY, 1)).build();
        ProgramCalendar calendar = planner.plan(WINDOW, CadencePlan.builder().ritual(rule).build(),
                CompanyCalendar.builder().holidays(HolidayCalendar.none()).build());
        List<PlannedTouchpoint> mentors = calendar.collectiveMeetingsOf(Role.MENTOR);
        assertThat(calendar.ofRitual("webinars")).hasSize(12);
        assertThat(mentors.get(1).format()).isEqualTo(Format.INSPIRATION_CAPSULE);
        assertThat(mentors.get(1).start().toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(mentors.get(1).reasons().get(0).describe(Locale.FRENCH))
                .isEqualTo("Ajouté pour que les mentors n’aient pas «\u00a0Webinaire focus\u00a0» deux fois de suite");
        for (int i = 1; i < mentors.size(); i++) {
            assertThat(mentors.get(i).format()).isNotEqualTo(mentors.get(i - 1).format());
        }
        assertThat(calendar.dropped()).isEmpty();
    }

    @Test
    @DisplayName("a gap no day can fill (a long blackout) is reported for the community, then filling goes on")
    void unfilledGap() {
        RitualRule rule = RitualRule.builder("workshops").rotate(Format.WEBINAR_FOCUS, Format.CO_DEVELOPMENT)
                .audience(Audience.MENTEES).recurrence(Recurrence.everyWeeks(3, DayOfWeek.TUESDAY)).build();
        ProgramCalendar calendar = planner.plan(WINDOW, CadencePlan.builder().ritual(rule).build(),
                CompanyCalendar.builder().blackout(AUGUST).build());
        assertThat(calendar.unfilledGaps()).hasSize(2).allSatisfy(gap -> {
            assertThat(gap.days()).isGreaterThan(28);
            assertThat(gap.from()).isBefore(AUGUST.first());
            assertThat(gap.to()).isAfter(AUGUST.last());
        });
        // The workshop of 3 August cannot move before the next one is due: it is dropped. The one of Tuesday
        // 24 August moves to Monday 30, the first working day after the closure. Both communities get a capsule on
        // Friday 23 July, the last working day before it, and mentors, who have no ritual, another on Monday 30.
        assertThat(calendar.unfilledGaps()).extracting(UnfilledGap::community, UnfilledGap::from, UnfilledGap::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Role.MENTOR, LocalDate.of(2027, 7, 23),
                                LocalDate.of(2027, 8, 30)),
                        org.assertj.core.groups.Tuple.tuple(Role.MENTEE, LocalDate.of(2027, 7, 23),
                                LocalDate.of(2027, 8, 30)));
        assertThat(calendar.dropped()).extracting(DroppedOccurrence::key).containsExactly("workshops-11");
        assertThat(calendar.unfilledGaps().get(1).describe(Locale.ENGLISH))
                .startsWith("The mentee community goes ").contains("and no available day can take a capsule");
        assertThat(calendar.collectiveMeetingsOf(Role.MENTOR)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.isGapFiller()).isTrue())
                .anySatisfy(t -> assertThat(t.start().toLocalDate()).isAfter(LocalDate.of(2027, 11, 1)));
        assertThat(calendar.touchpoints()).noneMatch(t -> AUGUST.contains(t.start().toLocalDate()));
    }

    @Test
    @DisplayName("a rotation skips a format so that it never repeats the previous one or the fixed one that follows")
    void rotationAvoidsRepeats() {
        RitualRule workshops = RitualRule.builder("workshops").rotate(Format.WEBINAR_FOCUS, Format.TESTIMONY_MEAL)
                .recurrence(Recurrence.everyWeeks(2, DayOfWeek.TUESDAY)).build();
        RitualRule webinar = RitualRule.builder("webinar").format(Format.WEBINAR_FOCUS)
                .at(Placement.afterKickOff(java.time.Period.ofDays(17))).build();
        ProgramCalendar calendar = planner.plan(WINDOW, CadencePlan.builder().ritual(workshops, webinar).build(),
                CompanyCalendar.builder().holidays(HolidayCalendar.none()).build());
        List<PlannedTouchpoint> meetings = calendar.collectiveMeetingsOf(Role.MENTOR);
        assertThat(meetings.subList(0, 3)).extracting(PlannedTouchpoint::key, PlannedTouchpoint::format)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("workshops-01", Format.TESTIMONY_MEAL),
                        org.assertj.core.groups.Tuple.tuple("webinar", Format.WEBINAR_FOCUS),
                        org.assertj.core.groups.Tuple.tuple("workshops-02", Format.TESTIMONY_MEAL));
        assertThat(meetings.get(0).reasons()).anySatisfy(reason -> assertThat(reason.describe(Locale.ENGLISH))
                .isEqualTo("Format “Testimony lunch” rather than “Focus webinar”, so that no format comes twice "
                        + "in a row"));
    }

    @Test
    @DisplayName("a fixed format that would repeat the previous one, with no room for a capsule between, is left out")
    void repeatedFixedFormatIsDropped() {
        RitualRule first = RitualRule.builder("first").format(Format.WEBINAR_FOCUS)
                .at(Placement.afterKickOff(java.time.Period.ofDays(8))).build();
        RitualRule second = RitualRule.builder("second").format(Format.WEBINAR_FOCUS)
                .at(Placement.afterKickOff(java.time.Period.ofDays(11))).build();
        ProgramCalendar calendar = planner.plan(WINDOW, CadencePlan.builder().ritual(first, second).build(),
                CompanyCalendar.defaults());
        assertThat(calendar.find("first")).isPresent();
        assertThat(calendar.find("second")).isEmpty();
        assertThat(calendar.dropped()).singleElement().satisfies(d -> assertThat(d.cause().kind())
                .isEqualTo(Obstacle.Kind.REPEATED_FORMAT));
    }

    @Test
    @DisplayName("a meeting too close to another one of the same community moves past the minimum spacing")
    void spacing() {
        RitualRule kickOff = RitualRule.builder("kick-off").format(Format.KICK_OFF).at(Placement.atKickOff()).build();
        RitualRule weekly = RitualRule.builder("capsules").format(Format.INSPIRATION_CAPSULE)
                .recurrence(Recurrence.everyWeeks(2)).startTime(LocalTime.of(8, 0)).build();
        ProgramCalendar calendar = planner.plan(WINDOW, CadencePlan.builder().ritual(kickOff, weekly).build(),
                CompanyCalendar.builder().minSpacingDays(4).build());
        PlannedTouchpoint firstCapsule = calendar.find("capsules-01").orElseThrow();
        assertThat(firstCapsule.start().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(firstCapsule.start().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(firstCapsule.reasons()).extracting(r -> r.describe(Locale.ENGLISH)).containsExactly(
                "“Inspiration capsule” #1, every 2 weeks: due on Monday 4 January 2027",
                "Moved to Friday 8 January 2027 (next available day): Monday 4 January 2027 is too close to "
                        + "“Kick-off”",
                "Starts at 09:00 instead of 08:00 to fit the working hours");
    }
}
