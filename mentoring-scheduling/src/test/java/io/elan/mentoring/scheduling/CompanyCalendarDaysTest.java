package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The company calendar says, in one place, whether a day is worked, closed, and which day comes n working days later;
 * planning, engagement, nudges and the hotline all ask it. French public holidays are those of the Code du travail,
 * article L3133-1 (11 November 2027 is a Thursday; Easter Monday 2027 is 29 March).
 */
@DisplayName("the company calendar's days")
class CompanyCalendarDaysTest {

    private static final CompanyCalendar WEEKDAYS = CompanyCalendar.builder().holidays(HolidayCalendar.none()).build();
    private static final CompanyCalendar FRANCE = CompanyCalendar.builder()
            .holidays(HolidayCalendar.france())
            .blackout(new Blackout(LocalDate.of(2027, 12, 20), LocalDate.of(2027, 12, 31),
                    LocalizedText.of("Fêtes de fin d’année", "Year-end holidays")))
            .build();

    @Test
    @DisplayName("two working days after a Friday is the Tuesday; after a Monday, the Wednesday; zero is the day itself")
    void mondayToFriday() {
        assertThat(WEEKDAYS.plusWorkingDays(LocalDate.of(2027, 2, 5), 2)).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(WEEKDAYS.plusWorkingDays(LocalDate.of(2027, 2, 8), 2)).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(WEEKDAYS.plusWorkingDays(LocalDate.of(2027, 2, 6), 0)).isEqualTo(LocalDate.of(2027, 2, 6));
    }

    @Test
    @DisplayName("public holidays and blackouts are closed and not worked; a weekend is not worked but not closed")
    void closures() {
        assertThat(FRANCE.isClosed(LocalDate.of(2027, 11, 11))).isTrue();
        assertThat(FRANCE.isWorkingDay(LocalDate.of(2027, 11, 11))).isFalse();
        assertThat(FRANCE.obstacleOn(LocalDate.of(2027, 11, 11))).hasValueSatisfying(o -> assertThat(o.kind())
                .isEqualTo(Obstacle.Kind.PUBLIC_HOLIDAY));
        assertThat(FRANCE.obstacleOn(LocalDate.of(2027, 12, 22))).hasValueSatisfying(o -> assertThat(o.kind())
                .isEqualTo(Obstacle.Kind.BLACKOUT));
        assertThat(FRANCE.isClosed(LocalDate.of(2027, 11, 13))).isFalse();
        assertThat(FRANCE.isWorkingDay(LocalDate.of(2027, 11, 13))).isFalse();
        assertThat(FRANCE.obstacleOn(LocalDate.of(2027, 11, 12))).isEmpty();
        assertThat(FRANCE.plusWorkingDays(LocalDate.of(2027, 11, 10), 1)).as("over the 11 November")
                .isEqualTo(LocalDate.of(2027, 11, 12));
        assertThat(FRANCE.plusWorkingDays(LocalDate.of(2027, 3, 26), 1)).as("over Easter Monday")
                .isEqualTo(LocalDate.of(2027, 3, 30));
    }

    @Test
    @DisplayName("a calendar without working days fails instead of looping; negative counts are refused, by name")
    void degenerateCalendars() {
        CompanyCalendar never = CompanyCalendar.builder().holidays(HolidayCalendar.none())
                .blackout(new Blackout(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1),
                        LocalizedText.of("Fermé", "Closed")))
                .build();
        assertThatThrownBy(() -> never.plusWorkingDays(LocalDate.of(2027, 1, 1), 1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("workingDays: must be reachable: the calendar has no working day within ten"
                        + " years after 2027-01-01");
        assertThatThrownBy(() -> WEEKDAYS.plusWorkingDays(LocalDate.of(2027, 1, 1), -1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("workingDays: must be at least 0");
    }

    @Test
    @DisplayName("n working days later is a working day, with exactly n working days in between, whatever the week")
    void landsOnAWorkingDayWithExactlyThatManyWorkingDaysBetween() {
        CompanyCalendar fourDays = CompanyCalendar.builder().holidays(HolidayCalendar.france())
                .workingDays(EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY)).build();
        for (CompanyCalendar calendar : new CompanyCalendar[] {WEEKDAYS, FRANCE, fourDays}) {
            qt().withExamples(200).forAll(integers().between(0, 20000), integers().between(1, 30))
                    .checkAssert((offset, days) -> {
                        LocalDate start = LocalDate.of(2000, 1, 1).plusDays(offset);
                        LocalDate end = calendar.plusWorkingDays(start, days);
                        assertThat(calendar.isWorkingDay(end)).isTrue();
                        assertThat(start.plusDays(1).datesUntil(end.plusDays(1)).filter(calendar::isWorkingDay)
                                .count()).isEqualTo((long) days);
                    });
        }
    }
}
