package io.elan.mentoring.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the report’s input refuses values that would make it lie, naming the field and the rule")
class ModelValidationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 9, 14);
    private static final Member MENTOR = new Member("m", "Mentor", Role.MENTOR, null, null, 0.5);
    private static final Member MENTEE = new Member("e", "Mentee", Role.MENTEE, null, null, 0.5);
    private static final ActivityTotals NOTHING = new ActivityTotals(0, 0, new ActivityTotals.Hotline(0, 0, 0),
            new ActivityTotals.FollowUps(0, 0));

    private static ReportInput.Builder valid() {
        return ReportInput.builder()
                .program(new ProgramFacts("p", "Program", DAY, DAY.plusMonths(10), ZoneId.of("Europe/Paris")))
                .locale(Locale.FRENCH).asOf(DAY.plusWeeks(2)).activity(NOTHING);
    }

    private static WeekRecord week(int number) {
        return new WeekRecord(number, DAY.plusWeeks(number), false, Map.of(EngagementLevel.ENGAGED, 1,
                EngagementLevel.WATCH, 0, EngagementLevel.AT_RISK, 0, EngagementLevel.DISENGAGED, 0), 1, 1);
    }

    @Test
    @DisplayName("an input without its program, language, day or activity names all four")
    void required() {
        assertThatThrownBy(() -> ReportInput.builder().build()).isInstanceOf(InvalidValueException.class)
                .hasMessageContainingAll("program", "locale", "asOf", "activity");
    }

    @Test
    @DisplayName("a pair listed twice, weeks out of order, or a pair without one level per week")
    void consistency() {
        PairRecord pair = new PairRecord("pair-1", MENTOR, MENTEE, EngagementLevel.ENGAGED, List.of(), List.of(),
                List.of(EngagementLevel.ENGAGED));
        assertThatThrownBy(() -> valid().week(week(0)).pair(pair).pair(pair).build())
                .hasMessageContaining("pairs").hasMessageContaining("must not hold the same pair twice");
        assertThatThrownBy(() -> valid().week(week(1)).build()).hasMessageContaining("weeks[0].week");
        assertThatThrownBy(() -> valid().week(week(0)).week(week(1)).pair(pair).build())
                .hasMessageContaining("pairs[pair-1].weeklyLevels").hasMessageContaining("one level per week (2)");
        assertThat(valid().week(week(0)).pair(pair).build().pairs()).containsExactly(pair);
    }

    @Test
    @DisplayName("shares outside 0 to 1, counts below zero, a week missing a level, more present than invited")
    void figures() {
        assertThatThrownBy(() -> new Member("m", "M", Role.MENTOR, null, null, 1.5))
                .hasMessageContaining("attendance");
        assertThatThrownBy(() -> new WeekRecord(0, DAY, false, Map.of(EngagementLevel.ENGAGED, 1), 0, 0))
                .hasMessageContaining("pairsByLevel[WATCH]");
        assertThatThrownBy(() -> new SessionRecord("s", DAY.atStartOfDay(ZoneId.of("UTC")), Format.KICK_OFF,
                Audience.BOTH, "Kick-off", 3, 4)).hasMessageContaining("invited");
        assertThatThrownBy(() -> new ActivityTotals.Hotline(2, 3, 0)).hasMessageContaining("hotline");
        assertThatThrownBy(() -> new AnswerCount("1", "One", -1)).hasMessageContaining("count");
    }

    @Test
    @DisplayName("survey figures are shown or withheld, never both, and a withheld group says why")
    void withheld() {
        assertThatThrownBy(() -> new ItemGroup("Mentors", 6, List.of(), null, "fewer than 5"))
                .hasMessageContaining("withheld");
        assertThatThrownBy(() -> new ItemGroup("Mentors", null, List.of(), null, null))
                .hasMessageContaining("withheld");
        assertThatThrownBy(() -> new RoleComparison("i", "Q", null, null)).hasMessageContaining("withheld");
        assertThatThrownBy(() -> SurveyRecord.builder().participation(3, 5)).hasMessageContaining(
                "participation.respondents");
        assertThatThrownBy(() -> SurveyRecord.builder().build()).hasMessageContainingAll("title", "threshold");
    }

    @Test
    @DisplayName("a workshop theme can be built on a statement or a requested topic, not on a yes/no fact")
    void themes() {
        assertThat(ItemType.AGREEMENT.canBeTheme()).isTrue();
        assertThat(ItemType.MULTIPLE_CHOICE.canBeTheme()).isTrue();
        assertThat(ItemType.YES_NO.canBeTheme()).isFalse();
        assertThat(ItemType.SCORE.canBeTheme()).isFalse();
        assertThat(ItemType.FREE_TEXT.canBeTheme()).isFalse();
    }
}
