package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.elan.mentoring.scheduling.preset.TenMonthPreset;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.program.Format;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Questionnaire windows stay where they were when the calendar is re-planned, and checking a plan plans nothing. */
class QuestionnaireWindowTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ProgramWindow WINDOW = TenMonthPreset.tenMonthWindow(LocalDate.of(2026, 9, 15), PARIS);
    private static final CompanyCalendar CONSTRAINTS =
            CompanyCalendar.builder().blackout(TenMonthPreset.yearEndBreak(2026)).build();
    private final CadencePlanner planner = new CadencePlanner();

    @Test
    @DisplayName("the window computed for a touchpoint is the one the calendar holds")
    void sameAsCalendar() {
        ProgramCalendar calendar = planner.plan(WINDOW, TenMonthPreset.tenMonths(), CONSTRAINTS);
        PlannedTouchpoint midPoint = calendar.find(TenMonthPreset.MID_POINT).orElseThrow();
        assertThat(planner.questionnaireWindow(WINDOW, CONSTRAINTS, midPoint, new QuestionnaireTiming(14, 2)))
                .isEqualTo(calendar.questionnaires().get(0));
    }

    @Test
    @DisplayName("re-planning once the questionnaire is open, or once the workshop is past, keeps its window")
    void replanKeepsWindow() {
        ProgramCalendar calendar = planner.plan(WINDOW, TenMonthPreset.tenMonths(), CONSTRAINTS);
        QuestionnaireWindow window = calendar.questionnaires().get(0);
        for (Instant now : List.of(window.opens().toInstant().plusSeconds(3600),
                calendar.find(TenMonthPreset.MID_POINT).orElseThrow().end().toInstant().plusSeconds(3600))) {
            Replan replan = planner.replan(calendar, WINDOW, TenMonthPreset.tenMonths(), CONSTRAINTS, now, Set.of());
            assertThat(replan.calendar().questionnaires()).as("re-planned at %s", now).containsExactly(window);
        }
    }

    @Test
    @DisplayName("checking a plan lists what planning would refuse, and nothing for a plan that applies")
    void check() {
        RitualRule late = RitualRule.builder("late").format(Format.WEBINAR_FOCUS)
                .at(Placement.afterKickOff(Period.ofMonths(14))).build();
        CadencePlan plan = CadencePlan.builder().ritual(late).build();
        List<io.elan.mentoring.spi.Violation> found = planner.check(WINDOW, plan, CONSTRAINTS);
        InvalidValueException refused = catchThrowableOfType(() -> planner.plan(WINDOW, plan, CONSTRAINTS),
                InvalidValueException.class);
        assertThat(found).isNotEmpty().isEqualTo(refused.violations());
        assertThat(found.get(0).field()).isEqualTo("rituals[late].placements[0]");
        assertThat(planner.check(WINDOW, TenMonthPreset.tenMonths(), CONSTRAINTS)).isEmpty();
    }
}
