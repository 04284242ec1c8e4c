package io.elan.mentoring.core.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Counting working days. */
class WorkingCalendarTest {

    private final WorkingCalendar weekdays = WorkingCalendar.mondayToFriday();

    @Test
    @DisplayName("two working days after a Friday is the Tuesday; after a Monday, the Wednesday")
    void mondayToFriday() {
        assertThat(weekdays.plusWorkingDays(LocalDate.of(2027, 2, 5), 2)).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(weekdays.plusWorkingDays(LocalDate.of(2027, 2, 8), 2)).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(weekdays.plusWorkingDays(LocalDate.of(2027, 2, 6), 0)).isEqualTo(LocalDate.of(2027, 2, 6));
    }

    @Test
    @DisplayName("a calendar without working days fails instead of looping; negative counts are refused")
    void degenerateCalendars() {
        WorkingCalendar never = day -> false;
        assertThatThrownBy(() -> never.plusWorkingDays(LocalDate.of(2027, 1, 1), 1))
                .hasMessage("no working day within ten years after 2027-01-01");
        assertThatThrownBy(() -> weekdays.plusWorkingDays(LocalDate.of(2027, 1, 1), -1))
                .hasMessage("workingDays must not be negative, was -1");
    }

    @Test
    @DisplayName("n working days later is a working day, with exactly n working days in between")
    void landsOnAWorkingDayWithExactlyThatManyWorkingDaysBetween() {
        qt().withExamples(200).forAll(integers().between(0, 20000), integers().between(1, 30))
                .checkAssert((offset, days) -> {
                    LocalDate start = LocalDate.of(2000, 1, 1).plusDays(offset);
                    LocalDate end = weekdays.plusWorkingDays(start, days);
                    assertThat(end.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                    assertThat(start.plusDays(1).datesUntil(end.plusDays(1)).filter(weekdays::isWorkingDay).count())
                            .isEqualTo((long) days);
                });
    }
}
