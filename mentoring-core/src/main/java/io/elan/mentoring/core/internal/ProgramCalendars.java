package io.elan.mentoring.core.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.elan.mentoring.core.calendar.CompanyCalendarDefinition;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.spi.program.Program;

/**
 * The company calendar each program runs in: the one its definition names. Hotline response targets count its
 * working days, engagement treats its closures as quiet days, and nudges wait for its next working day.
 */
@FunctionalInterface
public interface ProgramCalendars {

    /**
     * @param program a stored program
     * @return the company calendar it runs in
     */
    CompanyCalendar of(Program program);

    /** @return each program's calendar as its stored definition names it, the definition's default when none is kept */
    static ProgramCalendars fromDefinitions() {
        return Defined.INSTANCE;
    }

    /**
     * @param calendar a calendar
     * @return that calendar for every program, for tests of a single component
     */
    static ProgramCalendars fixed(CompanyCalendar calendar) {
        return program -> calendar;
    }

    /** Reads the definition kept in the program's settings; a calendar is built once per distinct definition. */
    final class Defined implements ProgramCalendars {
        static final Defined INSTANCE = new Defined();
        private static final CompanyCalendarDefinition DEFAULT = CompanyCalendarDefinition.builder().build();
        // Building a calendar loads its public holidays; a few hundred distinct definitions cover a large tenant.
        private final Cache<CompanyCalendarDefinition, CompanyCalendar> calendars =
                Caffeine.newBuilder().maximumSize(1_000).build();

        private Defined() {}

        @Override
        public CompanyCalendar of(Program program) {
            CompanyCalendarDefinition definition = RhythmSettings.companyCalendar(program.settings());
            return calendars.get(definition != null ? definition : DEFAULT, CompanyCalendarDefinition::toCalendar);
        }
    }
}
