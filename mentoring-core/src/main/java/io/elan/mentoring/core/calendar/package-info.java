/**
 * A program's calendar: the rhythm its definition carries ({@link io.elan.mentoring.core.calendar.Cadence}, the
 * {@link io.elan.mentoring.core.calendar.CompanyCalendarDefinition company calendar} and the
 * {@link io.elan.mentoring.core.calendar.QuestionnaireWave questionnaire waves}), the
 * {@link io.elan.mentoring.core.calendar.Calendars} service that plans, re-plans and exports it, and the company
 * calendar as the hotline and engagement services read it.
 */
@NullMarked
package io.elan.mentoring.core.calendar;

import org.jspecify.annotations.NullMarked;
