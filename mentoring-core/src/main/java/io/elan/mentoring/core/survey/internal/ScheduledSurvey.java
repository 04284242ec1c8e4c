package io.elan.mentoring.core.survey.internal;

import io.elan.mentoring.scheduling.PlannedTouchpoint;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One wave of a program's questionnaire as its calendar places it.
 *
 * @param id the wave's id, stable across re-planning
 * @param questionnaire the questionnaire's id
 * @param opens when answers are first accepted
 * @param closes when answers stop being accepted
 * @param prepares the touchpoint the wave prepares, such as the mid-point workshop, as the calendar plans it
 */
public record ScheduledSurvey(String id, String questionnaire, Instant opens, Instant closes,
        @Nullable PlannedTouchpoint prepares) {
    /** Checks that every part is present and the window is not empty. */
    public ScheduledSurvey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("closes (" + closes + ") must be after opens (" + opens + ")");
        }
    }

    /**
     * @param reminders how many reminders a wave sends at most
     * @param index which one, from 1
     * @return when that reminder is due: the window cut in {@code reminders + 1} equal parts, one reminder at the end
     *     of each part but the last
     */
    public Instant reminderDue(int reminders, int index) {
        long span = closes.toEpochMilli() - opens.toEpochMilli();
        return opens.plusMillis(span * index / (reminders + 1));
    }
}
