package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.validation.Checks;
import java.time.LocalDate;

/**
 * One point of a program's momentum series (élan), ready to chart. Immutable and thread-safe.
 *
 * @param week the program week, from 0
 * @param firstDay its first day
 * @param quiet whether it is a holiday or blackout week, left out of windows
 * @param participants the active participants enrolled by that week
 * @param activeParticipants those with any activity that week: a pair exchange, a touchpoint, a hotline request, a
 *     survey answer or a follow-up call
 * @param participation {@code activeParticipants / participants}, or 0 without participants
 * @param activityPerParticipant the weighted activity of the week divided by the participants
 * @param index {@code activityPerParticipant} against the program's first active weeks, where 100 is that early level
 *     (0 while the early level is unknown)
 */
public record WeeklyMomentum(int week, LocalDate firstDay, boolean quiet, int participants, int activeParticipants,
        double participation, double activityPerParticipant, double index) {

    /**
     * Validates the counts.
     *
     * @param week the program week, from 0
     * @param firstDay its first day
     * @param quiet whether it is a holiday or blackout week, left out of windows
     * @param participants the active participants enrolled by that week
     * @param activeParticipants those with any activity that week: a pair exchange, a touchpoint, a hotline request, a
     *         survey answer or a follow-up call
     * @param participation {@code activeParticipants / participants}, or 0 without participants
     * @param activityPerParticipant the weighted activity of the week divided by the participants
     * @param index {@code activityPerParticipant} against the program's first active weeks, where 100 is that early
     *         level (0 while the early level is unknown)
     */
    public WeeklyMomentum {
        Checks.notNegative(week, "week");
        Checks.present(firstDay, "firstDay");
        Checks.notNegative(participants, "participants");
        Checks.notNegative(activeParticipants, "activeParticipants");
    }
}
