package io.elan.mentoring.core.calendar;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.ics.CalendarParty;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The calendars of one tenant's programs, planned by the engine from each program's definition: its cadence (rituals
 * or the ten-month preset), its company calendar, its questionnaire waves, its follow-up windows and its pairs. The
 * engine stores every touchpoint itself, through versioned writes with the engine's retries, and tells the listeners
 * with a {@link io.elan.mentoring.core.event.CalendarPlanned} event whenever touchpoints are added, moved or
 * cancelled; a host never writes touchpoints into the store.
 *
 * <h2>What the calendar holds</h2> Every touchpoint of the cadence, planned around working days and hours, public
 * holidays and blackouts (see the scheduling module's {@link io.elan.mentoring.scheduling.CadencePlanner}); and, for
 * each active pair and each follow-up window of the definition, one follow-up call of 30 minutes inviting the pair's
 * two members, the pairs spread over the window's working days, one after the other from the start of working hours.
 *
 * <h2>Keeping it up to date</h2>
 * Once planned, a calendar follows its program: redefining the program ({@code programs().redefine}), forming, pausing,
 * resuming or ending a pair re-plans it, and so do {@link #reschedule} and {@link #changeCompanyCalendar}. Re-planning
 * never changes what starts today or earlier; new touchpoints start tomorrow at the earliest. A touchpoint keeps its id
 * from one planning to the next, and its SEQUENCE (for calendar clients) is its stored version minus one.
 *
 * <h2>Concurrency</h2>
 * Thread-safe, and safe on several nodes sharing one store: planning is deterministic, every write re-reads and
 * compares before it stores, and a version conflict is retried a bounded number of times, then surfaced.
 */
public interface Calendars {

    /**
     * Plans the program's calendar from its definition and stores its touchpoints; once planned, brings it in line
     * with the definition and the pairs as they are now, and does nothing when nothing changed.
     *
     * @param program the program
     * @return the calendar and what this call changed in it (everything added, the first time)
     * @throws NotFoundException if this tenant has no such program
     * @throws RefusedOperationException if the program is closed or cancelled
     */
    CalendarUpdate plan(ProgramId program);

    /**
     * Moves a program's dates, in any state but closed or cancelled, and re-plans its calendar if it was planned.
     * Follow-up windows that would no longer open before the new closing are left out of the definition: a shorter
     * program simply gets fewer calls.
     *
     * @param program the program
     * @param kickOff the kick-off; it may change only while the old and the new one are both still to come
     * @param closing the closing, after today and after the kick-off
     * @return the calendar and what changed in it; nothing changed when the calendar was never planned
     * @throws RefusedOperationException if the program is over, the kick-off is reached, or the closing is not after
     *     today
     * @throws InvalidValueException if the dates break a rule of the definition, named by its field
     */
    CalendarUpdate reschedule(ProgramId program, LocalDate kickOff, LocalDate closing);

    /**
     * Replaces a program's company calendar (a new blackout, another holiday region, other working hours), in any state
     * but closed or cancelled, and re-plans its calendar if it was planned.
     *
     * @param program the program
     * @param calendar the new company calendar
     * @return the calendar and what changed in it
     * @throws RefusedOperationException if the program is closed or cancelled
     * @throws InvalidValueException if the calendar no longer lets the program's own rituals fit
     */
    CalendarUpdate changeCompanyCalendar(ProgramId program, CompanyCalendarDefinition calendar);

    /**
     * @param program the program
     * @return its calendar as stored: the touchpoints not cancelled, with the reasons planning gives them today
     * @throws RefusedOperationException if it was never planned
     */
    ProgramCalendar calendar(ProgramId program);

    /**
     * @param program the program
     * @return when each questionnaire wave of its definition is open, one opening per occurrence of the ritual it
     *     prepares, by opening
     * @throws RefusedOperationException if the calendar was never planned
     */
    List<ScheduledWave> questionnaireWaves(ProgramId program);

    /**
     * @param program the program
     * @param locale the language of summaries and descriptions (French or English)
     * @return the whole calendar as an iCalendar object (METHOD PUBLISH) stamped with the engine's clock; each pair's
     *     follow-up call is one event naming its two members
     * @throws RefusedOperationException if the calendar was never planned
     */
    String exportIcs(ProgramId program, Locale locale);

    /**
     * @param program the program
     * @param locale the language of summaries and descriptions
     * @param organizer who sends the invitations
     * @return invitations (METHOD REQUEST) to every touchpoint still to come: a collective touchpoint invites the
     *     active participants of its audience, a pair's follow-up call its two members; people without an e-mail
     *     address in the directory are left out
     * @throws RefusedOperationException if the calendar was never planned
     */
    String invitationsIcs(ProgramId program, Locale locale, CalendarParty organizer);

    /**
     * Records that a touchpoint took place. Doing it again changes nothing.
     *
     * @param program the program
     * @param touchpoint the touchpoint
     * @return the touchpoint as stored, {@code HELD}
     * @throws NotFoundException if there is no such touchpoint
     * @throws RefusedOperationException if it was cancelled or has not started yet
     */
    Touchpoint markHeld(ProgramId program, TouchpointId touchpoint);
}
