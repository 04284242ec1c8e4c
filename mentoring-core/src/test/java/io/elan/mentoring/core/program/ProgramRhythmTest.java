package io.elan.mentoring.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.calendar.Cadence;
import io.elan.mentoring.core.calendar.CompanyCalendarDefinition;
import io.elan.mentoring.core.calendar.QuestionnaireWave;
import io.elan.mentoring.scheduling.CadencePlan;
import io.elan.mentoring.scheduling.Placement;
import io.elan.mentoring.scheduling.QuestionnaireTiming;
import io.elan.mentoring.scheduling.Recurrence;
import io.elan.mentoring.scheduling.RitualRule;
import io.elan.mentoring.scheduling.preset.TenMonthPreset;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A definition's cadence, company calendar and questionnaire waves: defaults, and every broken rule named. */
class ProgramRhythmTest {
    private static final LocalDate KICK_OFF = LocalDate.of(2027, 1, 11);

    private static ProgramDefinition.Builder definition() {
        return ProgramDefinition.builder().id("spring-2027").name("Mentorat printemps").kickOff(KICK_OFF)
                .zone(ZoneId.of("Europe/Paris"));
    }

    static RitualRule webinars() {
        return RitualRule.builder("webinars").format(Format.WEBINAR_FOCUS)
                .themes(LocalizedText.of("L'écoute active", "Active listening"))
                .recurrence(Recurrence.monthlyOn(DayOfWeek.THURSDAY, 1)).startTime(LocalTime.of(12, 0)).build();
    }

    @Test
    @DisplayName("saying nothing gives the ten-month preset, a French company calendar and the mid-point wave")
    void defaults() {
        ProgramDefinition defined = definition().build();
        assertThat(defined.cadence()).isEqualTo(Cadence.tenMonths());
        assertThat(defined.cadence().plan()).isEqualTo(TenMonthPreset.tenMonths());
        assertThat(defined.companyCalendar()).isEqualTo(CompanyCalendarDefinition.france());
        assertThat(defined.companyCalendar().holidays()).isEqualTo("fr");
        assertThat(defined.companyCalendar().workingDays()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY);
        assertThat(defined.questionnaires()).containsExactly(QuestionnaireWave.midPoint());
        assertThat(defined.toBuilder().build()).isEqualTo(defined);
    }

    @Test
    @DisplayName("rituals of one's own come without questionnaire unless waves are given")
    void ownRituals() {
        Cadence own = Cadence.of(CadencePlan.builder().ritual(webinars()).build());
        ProgramDefinition defined = definition().cadence(own).build();
        assertThat(defined.cadence().preset()).isEmpty();
        assertThat(defined.questionnaires()).isEmpty();
        ProgramDefinition prepared = definition().cadence(own)
                .questionnaires(new QuestionnaireWave("pulse", "webinars", 7, 1)).build();
        assertThat(prepared.questionnaires()).extracting(QuestionnaireWave::timing)
                .containsExactly(new QuestionnaireTiming(7, 1));
    }

    @Test
    @DisplayName("the preset fits a short program: a three-month program is defined like a ten-month one")
    void presetOnAShortProgram() {
        assertThat(definition().durationMonths(3).build().cadence()).isEqualTo(Cadence.tenMonths());
        assertThat(definition().durationMonths(1).build().questionnaires()).hasSize(1);
    }

    @Test
    @DisplayName("a cadence of one's own may hold neither individual calls nor questionnaires, each named by place")
    void ownCadenceRules() {
        RitualRule calls = RitualRule.builder("calls").format(Format.CHECKPOINT_CALL).at(Placement.atMidPoint())
                .build();
        RitualRule prepared = webinars().toBuilder().questionnaire(new QuestionnaireTiming(10, 2)).build();
        assertThatThrownBy(() -> Cadence.of(CadencePlan.builder().ritual(prepared, calls).build()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("rituals[0].questionnaire", "rituals[1].format"));
        assertThatThrownBy(() -> Cadence.preset("five-months")).isInstanceOf(InvalidValueException.class)
                .hasMessage("cadence: must name the preset ten-months or give rituals (was \"five-months\")");
    }

    @Test
    @DisplayName("rituals that cannot fit the program's dates or hours, and waves naming no ritual, are all reported")
    void rhythmAgainstTheProgram() {
        RitualRule late = RitualRule.builder("late").format(Format.TESTIMONY_MEAL)
                .at(Placement.afterKickOff(Period.ofMonths(14))).build();
        RitualRule lengthy = RitualRule.builder("long").format(Format.CO_DEVELOPMENT).duration(Duration.ofHours(3))
                .at(Placement.atMidPoint()).build();
        Cadence own = Cadence.of(CadencePlan.builder().ritual(webinars(), late, lengthy).build());
        CompanyCalendarDefinition mornings = CompanyCalendarDefinition.builder()
                .workingHours(LocalTime.of(9, 0), LocalTime.of(11, 0)).build();
        assertThatThrownBy(() -> definition().cadence(own).companyCalendar(mornings)
                .questionnaires(new QuestionnaireWave("mid-point", "mid-point", 14, 2),
                        new QuestionnaireWave("pulse", "webinars", 7, 1),
                        new QuestionnaireWave("other", "webinars", 5, 1)).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).containsExactly(
                                "cadence.rituals[1].placements[0]: must fall within the program (kick-off 2027-01-11,"
                                        + " closing 2027-11-11), but KICK_OFF +P14M gives 2028-03-11 (was KICK_OFF"
                                        + " +P14M)",
                                "cadence.rituals[2].duration: must fit in the working hours 09:00–11:00 (was PT3H)",
                                "questionnaires[0].ritual: must name a ritual of the cadence (webinars, late, long)"
                                        + " (was \"mid-point\")",
                                "questionnaires[2].ritual: must not prepare the ritual questionnaires[1] prepares"
                                        + " (was \"webinars\")"));
        assertThatThrownBy(() -> definition().questionnaires(new QuestionnaireWave("calls", "follow-up-calls", 5, 1))
                .build()).hasMessageStartingWith("questionnaires[0].ritual: must name a ritual of the cadence");
    }

    @Test
    @DisplayName("a company calendar lists every broken rule at once")
    void companyCalendarRules() {
        assertThatThrownBy(() -> CompanyCalendarDefinition.builder().holidays("xx-99").workingDays(Set.of())
                .workingHours(LocalTime.of(18, 0), LocalTime.of(9, 0)).blackouts(java.util.Arrays.asList(
                        TenMonthPreset.yearEndBreak(2027), null)).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("holidays", "workingDays", "workingHours", "blackouts[1]"));
        assertThat(CompanyCalendarDefinition.builder().holidays(" FR-67/68/57 ").build().holidays())
                .isEqualTo("fr-67/68/57");
        assertThat(CompanyCalendarDefinition.builder().holidays("none").build().toCalendar().holidays()
                .holidayOn(LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    @DisplayName("a wave names its questionnaire, its ritual and a window that closes after it opens")
    void waveRules() {
        assertThatThrownBy(() -> new QuestionnaireWave("mid point", "Mid-Point", 2, 2))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("questionnaire", "ritual", "closesDaysBefore"));
        assertThat(List.of(QuestionnaireWave.midPoint().opensDaysBefore(), QuestionnaireWave.midPoint()
                .closesDaysBefore())).containsExactly(14, 2);
    }
}
