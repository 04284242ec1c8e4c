package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Format;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules that cannot be planned are refused with a message naming the ritual, the field and the rule. */
class InvalidRulesTest {
    private static final ProgramWindow WINDOW =
            ProgramWindow.of(LocalDate.of(2026, 9, 15), LocalDate.of(2027, 7, 15), ZoneId.of("Europe/Paris"));
    private static final CompanyCalendar CONSTRAINTS =
            CompanyCalendar.builder().holidays(HolidayCalendar.none()).build();

    @Test
    @DisplayName("an unknown format is refused and the known formats are listed")
    void unknownFormat() {
        assertThatThrownBy(() -> RitualRule.builder("talks").format("TED_TALK").at(Placement.atMidPoint()).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("rituals[talks].format")
                .hasMessageContaining("must be one of KICK_OFF, MONTHLY_MESSAGE, WEBINAR_FOCUS")
                .hasMessageContaining("(was TED_TALK)");
        assertThat(RitualRule.builder("talks").format("WEBINAR_FOCUS").at(Placement.atMidPoint()).build().formats())
                .containsExactly(Format.WEBINAR_FOCUS);
    }

    @Test
    @DisplayName("a zero duration is refused for a format people attend, and a message cannot last")
    void zeroDuration() {
        assertThatThrownBy(() -> RitualRule.builder("webinar").format(Format.WEBINAR_FOCUS).duration(Duration.ZERO)
                .at(Placement.atMidPoint()).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("rituals[webinar].duration: must be positive for a WEBINAR_FOCUS (was PT0S)");
        assertThatThrownBy(() -> RitualRule.builder("news").format(Format.MONTHLY_MESSAGE)
                .duration(Duration.ofMinutes(30)).at(Placement.atMidPoint()).build())
                .hasMessage("rituals[news].duration: must be zero for a MONTHLY_MESSAGE (was PT30M)");
        assertThatThrownBy(() -> RitualRule.builder("mid").format(Format.MID_POINT_WORKSHOP)
                .duration(Duration.ofHours(1)).at(Placement.atMidPoint()).build())
                .hasMessageContaining("must be between PT2H30M and PT3H for a MID_POINT_WORKSHOP");
    }

    @Test
    @DisplayName("a placement outside the program is refused when planned, with the day it would give")
    void placementOutsideProgram() {
        RitualRule late = RitualRule.builder("late").format(Format.WEBINAR_FOCUS)
                .at(Placement.fromMidPoint(Period.ofMonths(6))).build();
        CadencePlan plan = CadencePlan.builder().ritual(late).build();
        assertThatThrownBy(() -> new CadencePlanner().plan(WINDOW, plan, CONSTRAINTS))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("rituals[late].placements[0]: must fall within the program (kick-off 2026-09-15, "
                        + "closing 2027-07-15), but MID_POINT +P6M gives 2027-08-13 (was MID_POINT +P6M)");
    }

    @Test
    @DisplayName("an RRULE that never yields a date is refused, at once or for the program's dates")
    void rruleWithoutDates() {
        assertThatThrownBy(() -> Recurrence.rrule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("recurrence: never yields a date (was FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30)");
        RitualRule ended = RitualRule.builder("ended").format(Format.WEBINAR_FOCUS)
                .recurrence(Recurrence.rrule("FREQ=WEEKLY;UNTIL=20250101")).build();
        assertThatThrownBy(() -> new CadencePlanner().plan(WINDOW, CadencePlan.builder().ritual(ended).build(),
                CONSTRAINTS))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("rituals[ended].recurrence: yields no date between 2026-09-15 and 2027-07-15 (kick-off "
                        + "2026-09-15, closing 2027-07-15) (was FREQ=WEEKLY;UNTIL=20250101)");
    }

    @Test
    @DisplayName("every broken rule of a plan is reported at once")
    void everyViolationAtOnce() {
        InvalidValueException error = catchThrowableOfType(InvalidValueException.class,
                () -> RitualRule.builder("Bad Id").format("NOPE").duration(Duration.ZERO).build());
        assertThat(error.violations()).extracting(Violation::field)
                .contains("rituals[Bad Id].id", "rituals[Bad Id].format", "rituals[Bad Id].timing");
        RitualRule long1 = RitualRule.builder("long").format(Format.CO_DEVELOPMENT).duration(Duration.ofHours(3))
                .at(Placement.atKickOff()).build();
        RitualRule outside = RitualRule.builder("outside").format(Format.WEBINAR_FOCUS)
                .at(Placement.beforeClosing(Period.ofYears(2))).build();
        CompanyCalendar shortDays = CONSTRAINTS.toBuilder().workingHours(LocalTime.of(9, 0), LocalTime.of(11, 0))
                .build();
        InvalidValueException planError = catchThrowableOfType(InvalidValueException.class,
                () -> new CadencePlanner().plan(WINDOW, CadencePlan.builder().ritual(long1, outside).build(),
                        shortDays));
        assertThat(planError.violations()).extracting(Violation::field)
                .containsExactly("rituals[long].duration", "rituals[outside].placements[0]");
        assertThat(planError).hasMessageStartingWith("2 invalid values: ");
    }

    @Test
    @DisplayName("constraints and plans refuse impossible settings, naming each field")
    void constraintsAndPlans() {
        InvalidValueException error = catchThrowableOfType(InvalidValueException.class,
                () -> CompanyCalendar.builder().workingHours(LocalTime.of(18, 0), LocalTime.of(9, 0))
                        .maxGapDays(3).minSpacingDays(20).build());
        assertThat(error.violations()).extracting(Violation::field)
                .containsExactly("workingHours", "minSpacingDays", "maxGapDays");
        RitualRule a = RitualRule.builder("same").format(Format.WEBINAR_FOCUS).at(Placement.atKickOff()).build();
        assertThatThrownBy(() -> CadencePlan.builder().ritual(a, a).build())
                .hasMessage("rituals[same].id: must be unique in the plan");
        assertThatThrownBy(() -> ProgramWindow.of(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1),
                ZoneId.of("UTC"))).hasMessageContaining("closing: must be after the kick-off");
        assertThatThrownBy(() -> RitualRule.builder("mixed").rotate(Format.WEBINAR_FOCUS, Format.MONTHLY_MESSAGE)
                .at(Placement.atKickOff()).build()).hasMessageContaining("cannot rotate WEBINAR_FOCUS with "
                        + "MONTHLY_MESSAGE");
    }
}
