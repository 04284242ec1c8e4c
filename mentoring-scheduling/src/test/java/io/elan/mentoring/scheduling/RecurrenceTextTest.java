package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A recurrence written as text reads back into an equal recurrence that yields the same days. */
class RecurrenceTextTest {
    private static final LocalDate FROM = LocalDate.of(2026, 9, 15);
    private static final LocalDate TO = LocalDate.of(2027, 7, 15);

    @Test
    @DisplayName("every recurrence's text reads back into an equal recurrence with the same days")
    void roundTrip() {
        List<Recurrence> recurrences = List.of(Recurrence.everyWeeks(1), Recurrence.everyWeeks(3),
                Recurrence.everyWeeks(3, DayOfWeek.THURSDAY), Recurrence.everyWeeks(52, DayOfWeek.SUNDAY),
                Recurrence.monthlyOn(DayOfWeek.TUESDAY, 1), Recurrence.monthlyOn(DayOfWeek.FRIDAY, -1),
                Recurrence.monthlyOn(DayOfWeek.MONDAY, 4), Recurrence.rrule("FREQ=MONTHLY;BYMONTHDAY=10,25"));
        for (Recurrence recurrence : recurrences) {
            Recurrence read = Recurrence.parse(recurrence.toText());
            assertThat(read).as(recurrence.toText()).isEqualTo(recurrence);
            assertThat(read.between(FROM, TO)).as(recurrence.toText()).isEqualTo(recurrence.between(FROM, TO));
        }
    }

    @Test
    @DisplayName("the text reads as a host writes it in configuration")
    void texts() {
        assertThat(Recurrence.everyWeeks(3, DayOfWeek.THURSDAY).toText()).isEqualTo("every 3 weeks on THURSDAY");
        assertThat(Recurrence.everyWeeks(1).toText()).isEqualTo("every week");
        assertThat(Recurrence.monthlyOn(DayOfWeek.TUESDAY, 1).toText()).isEqualTo("monthly on first TUESDAY");
        assertThat(Recurrence.monthlyOn(DayOfWeek.FRIDAY, -1).toText()).isEqualTo("monthly on last FRIDAY");
        assertThat(Recurrence.rrule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH").toText())
                .isEqualTo("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH");
    }

    @Test
    @DisplayName("a text in none of the forms, or holding a broken rule, names the recurrence and the forms")
    void invalid() {
        for (String text : List.of("every fortnight", "monthly on fifth TUESDAY", "every 3 weeks on Thursday",
                "FREQ=WEEKLY", "")) {
            assertThatThrownBy(() -> Recurrence.parse(text)).as(text).isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("recurrence: must read like every 3 weeks on THURSDAY");
        }
        assertThatThrownBy(() -> Recurrence.parse("every 60 weeks")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("weeks: must be 1 to 52");
        assertThatThrownBy(() -> Recurrence.parse("RRULE:FREQ=HOURLY")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("recurrence: must repeat by whole days");
    }
}
