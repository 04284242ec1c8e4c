package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.scheduling.preset.TenMonthPreset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Re-planning keeps the past as it was and says what changed in the future. */
class ReplanTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ProgramWindow WINDOW = TenMonthPreset.tenMonthWindow(LocalDate.of(2026, 9, 15), PARIS);
    private static final CompanyCalendar CONSTRAINTS =
            CompanyCalendar.builder().blackout(TenMonthPreset.yearEndBreak(2026)).build();
    private static final CadencePlan PLAN = TenMonthPreset.tenMonths();
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final CadencePlanner planner = new CadencePlanner();

    @Test
    @DisplayName("re-planning with nothing changed keeps every touchpoint and reports an empty diff")
    void nothingChanged() {
        ProgramCalendar calendar = planner.plan(WINDOW, PLAN, CONSTRAINTS);
        Replan replan = planner.replan(calendar, WINDOW, PLAN, CONSTRAINTS, NOW, Set.of());
        assertThat(replan.diff().isEmpty()).isTrue();
        assertThat(replan.calendar().touchpoints()).isEqualTo(calendar.touchpoints());
    }

    @Test
    @DisplayName("a cancelled touchpoint leaves the calendar, the past stays, and the next workshops keep rotating")
    void cancelledTouchpoint() {
        ProgramCalendar calendar = planner.plan(WINDOW, PLAN, CONSTRAINTS);
        Replan replan = planner.replan(calendar, WINDOW, PLAN, CONSTRAINTS, NOW, Set.of("workshops-04"));
        assertThat(replan.diff().cancelled()).extracting(PlannedTouchpoint::key).containsExactly("workshops-04");
        assertThat(replan.diff().cancelled().get(0).sequence()).isEqualTo(1);
        assertThat(replan.calendar().find("workshops-04")).isEmpty();
        List<PlannedTouchpoint> past = calendar.touchpoints().stream()
                .filter(t -> t.start().toInstant().isBefore(NOW)).toList();
        assertThat(replan.calendar().touchpoints()).containsAll(past);
        // Without the workshop of 10 December, the communities would go from 19 November to 4 January: 46 days.
        assertThat(replan.diff().added()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.isGapFiller()).isTrue();
            assertThat(t.start().toInstant()).isAfter(NOW);
        });
        assertThat(replan.calendar().unfilledGaps()).isEmpty();
    }

    @Test
    @DisplayName("moving the closing moves what hangs on it, with a higher SEQUENCE, and never touches the past")
    void closingMoved() {
        ProgramCalendar calendar = planner.plan(WINDOW, PLAN, CONSTRAINTS);
        ProgramWindow later = ProgramWindow.of(WINDOW.kickOff(), LocalDate.of(2027, 7, 29), PARIS);
        Replan replan = planner.replan(calendar, later, PLAN, CONSTRAINTS, NOW, Set.of());
        assertThat(replan.diff().moved()).extracting(c -> c.after().key())
                .contains(TenMonthPreset.CLOSING, TenMonthPreset.PRE_CLOSING_WEBINAR, TenMonthPreset.MID_POINT);
        assertThat(replan.diff().moved()).allSatisfy(change -> {
            assertThat(change.after().sequence()).isEqualTo(change.before().sequence() + 1);
            assertThat(change.before().start().toInstant()).isAfterOrEqualTo(NOW);
        });
        assertThat(replan.calendar().find(TenMonthPreset.CLOSING).orElseThrow().start().toLocalDate())
                .isEqualTo(LocalDate.of(2027, 7, 29));
        for (PlannedTouchpoint touchpoint : calendar.touchpoints()) {
            if (touchpoint.start().toInstant().isBefore(NOW)) {
                assertThat(replan.calendar().find(touchpoint.key())).contains(touchpoint);
            }
        }
        Replan again = planner.replan(replan.calendar(), later, PLAN, CONSTRAINTS, NOW, Set.of());
        assertThat(again.diff().isEmpty()).isTrue();
        assertThat(again.calendar().find(TenMonthPreset.CLOSING).orElseThrow().sequence()).isEqualTo(1);
    }

    @Test
    @DisplayName("re-planning is deterministic")
    void deterministic() {
        ProgramCalendar calendar = planner.plan(WINDOW, PLAN, CONSTRAINTS);
        ProgramWindow later = ProgramWindow.of(WINDOW.kickOff(), LocalDate.of(2027, 7, 29), PARIS);
        assertThat(planner.replan(calendar, later, PLAN, CONSTRAINTS, NOW, Set.of("workshops-06")))
                .isEqualTo(planner.replan(calendar, later, PLAN, CONSTRAINTS, NOW, Set.of("workshops-06")));
    }
}
