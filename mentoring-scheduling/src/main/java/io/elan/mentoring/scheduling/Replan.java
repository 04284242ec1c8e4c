package io.elan.mentoring.scheduling;

/**
 * The result of re-planning: the new calendar and what changed.
 *
 * @param calendar the calendar, past touchpoints unchanged
 * @param diff the touchpoints added, moved and cancelled
 */
public record Replan(ProgramCalendar calendar, CalendarDiff diff) {}
