package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of RFC 5545, section 3.8.5.3 ("Recurrence Rule"), that repeat by whole days: each RRULE with its DTSTART
 * and the dates the RFC lists. The time of day is the ritual's, so the examples with BYHOUR, BYMINUTE or a frequency
 * finer than a day are the ones we refuse (last test), and those written with a date-time UNTIL are left out.
 */
class Rfc5545RecurrenceExamplesTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                example("Daily for 10 occurrences", "FREQ=DAILY;COUNT=10", d(1997, 9, 2),
                        d(1997, 9, 2), d(1997, 9, 3), d(1997, 9, 4), d(1997, 9, 5), d(1997, 9, 6), d(1997, 9, 7),
                        d(1997, 9, 8), d(1997, 9, 9), d(1997, 9, 10), d(1997, 9, 11)),
                example("Every other day - forever (first five)", "FREQ=DAILY;INTERVAL=2", d(1997, 9, 2),
                        d(1997, 9, 2), d(1997, 9, 4), d(1997, 9, 6), d(1997, 9, 8), d(1997, 9, 10)),
                example("Every 10 days, 5 occurrences", "FREQ=DAILY;INTERVAL=10;COUNT=5", d(1997, 9, 2),
                        d(1997, 9, 2), d(1997, 9, 12), d(1997, 9, 22), d(1997, 10, 2), d(1997, 10, 12)),
                example("Weekly for 10 occurrences", "FREQ=WEEKLY;COUNT=10", d(1997, 9, 2),
                        d(1997, 9, 2), d(1997, 9, 9), d(1997, 9, 16), d(1997, 9, 23), d(1997, 9, 30),
                        d(1997, 10, 7), d(1997, 10, 14), d(1997, 10, 21), d(1997, 10, 28), d(1997, 11, 4)),
                example("Every other week - forever (first ten)", "FREQ=WEEKLY;INTERVAL=2;WKST=SU", d(1997, 9, 2),
                        d(1997, 9, 2), d(1997, 9, 16), d(1997, 9, 30), d(1997, 10, 14), d(1997, 10, 28),
                        d(1997, 11, 11), d(1997, 11, 25), d(1997, 12, 9), d(1997, 12, 23), d(1998, 1, 6)),
                example("Weekly on Tuesday and Thursday for five weeks", "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH",
                        d(1997, 9, 2), d(1997, 9, 2), d(1997, 9, 4), d(1997, 9, 9), d(1997, 9, 11), d(1997, 9, 16),
                        d(1997, 9, 18), d(1997, 9, 23), d(1997, 9, 25), d(1997, 9, 30), d(1997, 10, 2)),
                example("Every other week on Tuesday and Thursday, for 8 occurrences",
                        "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", d(1997, 9, 2),
                        d(1997, 9, 2), d(1997, 9, 4), d(1997, 9, 16), d(1997, 9, 18), d(1997, 9, 30),
                        d(1997, 10, 2), d(1997, 10, 14), d(1997, 10, 16)),
                example("Monthly on the first Friday for 10 occurrences", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR",
                        d(1997, 9, 5), d(1997, 9, 5), d(1997, 10, 3), d(1997, 11, 7), d(1997, 12, 5), d(1998, 1, 2),
                        d(1998, 2, 6), d(1998, 3, 6), d(1998, 4, 3), d(1998, 5, 1), d(1998, 6, 5)),
                example("Every other month on the first and last Sunday of the month for 10 occurrences",
                        "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", d(1997, 9, 7),
                        d(1997, 9, 7), d(1997, 9, 28), d(1997, 11, 2), d(1997, 11, 30), d(1998, 1, 4),
                        d(1998, 1, 25), d(1998, 3, 1), d(1998, 3, 29), d(1998, 5, 3), d(1998, 5, 31)),
                example("Monthly on the second-to-last Monday of the month for 6 months",
                        "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", d(1997, 9, 22), d(1997, 9, 22), d(1997, 10, 20),
                        d(1997, 11, 17), d(1997, 12, 22), d(1998, 1, 19), d(1998, 2, 16)),
                example("Monthly on the third-to-the-last day of the month (first six)", "FREQ=MONTHLY;BYMONTHDAY=-3",
                        d(1997, 9, 28), d(1997, 9, 28), d(1997, 10, 29), d(1997, 11, 28), d(1997, 12, 29),
                        d(1998, 1, 29), d(1998, 2, 26)),
                example("Monthly on the 2nd and 15th of the month for 10 occurrences",
                        "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", d(1997, 9, 2), d(1997, 9, 2), d(1997, 9, 15),
                        d(1997, 10, 2), d(1997, 10, 15), d(1997, 11, 2), d(1997, 11, 15), d(1997, 12, 2),
                        d(1997, 12, 15), d(1998, 1, 2), d(1998, 1, 15)),
                example("Monthly on the first and last day of the month for 10 occurrences",
                        "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", d(1997, 9, 30), d(1997, 9, 30), d(1997, 10, 1),
                        d(1997, 10, 31), d(1997, 11, 1), d(1997, 11, 30), d(1997, 12, 1), d(1997, 12, 31),
                        d(1998, 1, 1), d(1998, 1, 31), d(1998, 2, 1)),
                example("Every 18 months on the 10th thru 15th of the month for 10 occurrences",
                        "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15", d(1997, 9, 10),
                        d(1997, 9, 10), d(1997, 9, 11), d(1997, 9, 12), d(1997, 9, 13), d(1997, 9, 14),
                        d(1997, 9, 15), d(1999, 3, 10), d(1999, 3, 11), d(1999, 3, 12), d(1999, 3, 13)),
                example("Every Tuesday, every other month (first thirteen)", "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU",
                        d(1997, 9, 2), d(1997, 9, 2), d(1997, 9, 9), d(1997, 9, 16), d(1997, 9, 23), d(1997, 9, 30),
                        d(1997, 11, 4), d(1997, 11, 11), d(1997, 11, 18), d(1997, 11, 25), d(1998, 1, 6),
                        d(1998, 1, 13), d(1998, 1, 20), d(1998, 1, 27)),
                example("Yearly in June and July for 10 occurrences", "FREQ=YEARLY;COUNT=10;BYMONTH=6,7",
                        d(1997, 6, 10), d(1997, 6, 10), d(1997, 7, 10), d(1998, 6, 10), d(1998, 7, 10),
                        d(1999, 6, 10), d(1999, 7, 10), d(2000, 6, 10), d(2000, 7, 10), d(2001, 6, 10),
                        d(2001, 7, 10)),
                example("Every third year on the 1st, 100th, and 200th day for 10 occurrences",
                        "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", d(1997, 1, 1), d(1997, 1, 1),
                        d(1997, 4, 10), d(1997, 7, 19), d(2000, 1, 1), d(2000, 4, 9), d(2000, 7, 18), d(2003, 1, 1),
                        d(2003, 4, 10), d(2003, 7, 19), d(2006, 1, 1)),
                example("Every 20th Monday of the year (first three)", "FREQ=YEARLY;BYDAY=20MO", d(1997, 5, 19),
                        d(1997, 5, 19), d(1998, 5, 18), d(1999, 5, 17)),
                example("Monday of week number 20 (first three)", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", d(1997, 5, 12),
                        d(1997, 5, 12), d(1998, 5, 11), d(1999, 5, 17)),
                example("Every Thursday in March (three years)", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", d(1997, 3, 13),
                        d(1997, 3, 13), d(1997, 3, 20), d(1997, 3, 27), d(1998, 3, 5), d(1998, 3, 12),
                        d(1998, 3, 19), d(1998, 3, 26), d(1999, 3, 4), d(1999, 3, 11), d(1999, 3, 18),
                        d(1999, 3, 25)),
                example("Every Thursday, but only during June, July, and August (1997)",
                        "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8", d(1997, 6, 5), d(1997, 6, 5), d(1997, 6, 12),
                        d(1997, 6, 19), d(1997, 6, 26), d(1997, 7, 3), d(1997, 7, 10), d(1997, 7, 17),
                        d(1997, 7, 24), d(1997, 7, 31), d(1997, 8, 7), d(1997, 8, 14), d(1997, 8, 21),
                        d(1997, 8, 28)),
                // The RFC excludes DTSTART with an EXDATE; our start counts only when it matches, with the same result.
                example("Every Friday the 13th (first five)", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", d(1997, 9, 2),
                        d(1998, 2, 13), d(1998, 3, 13), d(1998, 11, 13), d(1999, 8, 13), d(2000, 10, 13)),
                example("The first Saturday that follows the first Sunday of the month (first ten)",
                        "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", d(1997, 9, 13), d(1997, 9, 13),
                        d(1997, 10, 11), d(1997, 11, 8), d(1997, 12, 13), d(1998, 1, 10), d(1998, 2, 7),
                        d(1998, 3, 7), d(1998, 4, 11), d(1998, 5, 9), d(1998, 6, 13)),
                example("Every 4 years, the first Tuesday after a Monday in November (U.S. Presidential Election day)",
                        "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8", d(1996, 11, 5),
                        d(1996, 11, 5), d(2000, 11, 7), d(2004, 11, 2)),
                example("The third instance into the month of one of Tuesday, Wednesday, or Thursday, for the next 3 "
                        + "months", "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", d(1997, 9, 4),
                        d(1997, 9, 4), d(1997, 10, 7), d(1997, 11, 6)),
                example("The second-to-last weekday of the month (first seven)",
                        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", d(1997, 9, 29), d(1997, 9, 29),
                        d(1997, 10, 30), d(1997, 11, 27), d(1997, 12, 30), d(1998, 1, 29), d(1998, 2, 26),
                        d(1998, 3, 30)),
                example("An example where the days generated makes for an invalid date",
                        "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", d(2007, 1, 15), d(2007, 1, 15), d(2007, 1, 30),
                        d(2007, 2, 15), d(2007, 3, 15), d(2007, 3, 30)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @DisplayName("each RFC 5545 example yields the dates the RFC lists")
    void rfcExample(String title, String rrule, LocalDate dtstart, List<LocalDate> expected) {
        List<LocalDate> dates = Recurrence.rrule(rrule).between(dtstart, dtstart.plusYears(10));
        assertThat(dates.subList(0, Math.min(dates.size(), expected.size()))).as(title).isEqualTo(expected);
        if (rrule.contains("COUNT=")) {
            assertThat(dates).as(title + ": COUNT bounds the set").hasSize(expected.size());
        }
    }

    @Test
    @DisplayName("the readable builders give the same dates as their RRULE")
    void readableBuildersMatchTheirRrule() {
        LocalDate start = LocalDate.of(2026, 9, 15);
        LocalDate last = LocalDate.of(2027, 7, 15);
        for (Recurrence readable : List.of(Recurrence.monthlyOn(DayOfWeek.TUESDAY, 1),
                Recurrence.monthlyOn(DayOfWeek.FRIDAY, -1), Recurrence.monthlyOn(DayOfWeek.MONDAY, 3),
                Recurrence.everyWeeks(4), Recurrence.everyWeeks(2, DayOfWeek.TUESDAY))) {
            assertThat(readable.between(start, last)).as(readable.toRrule())
                    .isEqualTo(Recurrence.rrule(readable.toRrule()).between(start, last));
        }
        assertThat(Recurrence.monthlyOn(DayOfWeek.TUESDAY, 1).describe().in(Locale.ENGLISH))
                .isEqualTo("monthly on the first Tuesday");
        assertThat(Recurrence.everyWeeks(4).describe().in(Locale.FRENCH)).isEqualTo("toutes les 4 semaines");
    }

    @Test
    @DisplayName("rules finer than a day, with a time of day, or malformed are refused with the rule named")
    void refusedRules() {
        assertThatThrownBy(() -> Recurrence.rrule("FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("whole days");
        assertThatThrownBy(() -> Recurrence.rrule("FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("BYHOUR");
        assertThatThrownBy(() -> Recurrence.rrule("FREQ=WEEKLY;BYDAY=XX"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("valid RFC 5545 RRULE");
        assertThatThrownBy(() -> Recurrence.rrule("INTERVAL=2"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("recurrence");
    }

    private static Arguments example(String title, String rrule, LocalDate dtstart, LocalDate... expected) {
        return Arguments.of(title, rrule, dtstart, List.of(expected));
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
