/**
 * The company's calendar as the engine reads it: working days, public holidays and blackouts taken from the
 * scheduling module's planning constraints, so hotline targets, engagement windows and nudges agree with the ritual
 * calendar.
 */
@NullMarked
package io.elan.mentoring.core.calendar;

import org.jspecify.annotations.NullMarked;
