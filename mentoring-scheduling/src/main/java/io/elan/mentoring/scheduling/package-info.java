/**
 * Ritual cadence: rules a program manager states once (formats, audiences, themes, recurrences, placements around
 * the kick-off, the mid-point and the closing) turned by {@link io.elan.mentoring.scheduling.CadencePlanner} into a
 * dated {@link io.elan.mentoring.scheduling.ProgramCalendar} that respects working days, public holidays and blackouts.
 */
@NullMarked
package io.elan.mentoring.scheduling;

import org.jspecify.annotations.NullMarked;
