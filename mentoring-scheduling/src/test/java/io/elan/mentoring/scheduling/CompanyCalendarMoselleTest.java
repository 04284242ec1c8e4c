package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.text.LocalizedText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Holiday dates from the French labour code (Code du travail, art. L3133-1): Ascension Thursday 2027 is 6 May,
 * Easter Sunday 2027 being 28 March; Good Friday is a holiday in Moselle only (art. L3134-13).
 */
class CompanyCalendarMoselleTest {
    private final CompanyCalendar calendar = CompanyCalendar.builder()
            .holidays(HolidayCalendar.of("fr", "57"))
            .blackout(new Blackout(LocalDate.of(2027, 8, 2), LocalDate.of(2027, 8, 27),
                    LocalizedText.of("Fermeture estivale", "Summer closure")))
            .build();

    @Test
    void holidaysBlackoutsAndWeekendsAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 5))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 6))).as("Ascension").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 26))).as("Good Friday in Moselle").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 8, 10))).as("summer closure").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 8))).as("a Saturday").isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 5, 5), 2)).isEqualTo(LocalDate.of(2027, 5, 10));
    }

    @Test
    void holidaysAndBlackoutsAreClosedButWeekendsAreNot() {
        assertThat(calendar.isClosed(LocalDate.of(2027, 5, 6))).isTrue();
        assertThat(calendar.isClosed(LocalDate.of(2027, 8, 10))).isTrue();
        assertThat(calendar.isClosed(LocalDate.of(2027, 5, 15))).as("a plain Saturday").isFalse();
        assertThat(calendar.isClosed(LocalDate.of(2027, 5, 5))).isFalse();
    }
}
