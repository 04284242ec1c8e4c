package io.elan.mentoring.core.engagement.internal;

import io.elan.mentoring.scheduling.Blackout;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.scheduling.HolidayCalendar;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.LocalDate;
import java.util.function.Function;

/** Company calendars for the engagement components' tests: weekdays with no public holiday, and closures. */
final class TestCalendars {
    /** Monday to Friday, no public holiday, no blackout: no day is quiet. */
    static final Function<Program, CompanyCalendar> NONE = fixed(
            CompanyCalendar.builder().holidays(HolidayCalendar.none()).build());

    private TestCalendars() {}

    private static Function<Program, CompanyCalendar> fixed(CompanyCalendar calendar) {
        return program -> calendar;
    }

    /**
     * @param first the first day closed
     * @param last the last day closed
     * @return Monday to Friday with those days closed by a blackout
     */
    static Function<Program, CompanyCalendar> closed(LocalDate first, LocalDate last) {
        return fixed(CompanyCalendar.builder().holidays(HolidayCalendar.none())
                .blackout(new Blackout(first, last, LocalizedText.of("Fermeture", "Closure"))).build());
    }
}
