/**
 * The calendar service behind {@link io.elan.mentoring.core.calendar.Calendars}: what a definition gives the planner,
 * each pair's follow-up calls, and the calendar read back from the stored touchpoints. Not API.
 */
@NullMarked
package io.elan.mentoring.core.calendar.internal;

import org.jspecify.annotations.NullMarked;
