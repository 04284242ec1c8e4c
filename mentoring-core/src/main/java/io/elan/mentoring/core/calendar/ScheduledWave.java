package io.elan.mentoring.core.calendar;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.program.TouchpointId;
import java.time.Instant;
import java.util.Objects;

/**
 * One opening of a questionnaire wave as a program's calendar places it: the questionnaire that prepares one
 * occurrence of a ritual, open from {@code opens} (included) to {@code closes} (excluded).
 *
 * @param id the opening's id, stable across re-planning: the touchpoint's id followed by {@code -questionnaire}, such
 *     as {@code mid-point-questionnaire}
 * @param questionnaire the questionnaire's id, as the definition's {@link QuestionnaireWave} names it
 * @param touchpoint the touchpoint it prepares
 * @param opens when answers are first accepted: the start of working hours on the day due
 * @param closes when answers stop being accepted: the end of working hours on the last day
 */
public record ScheduledWave(String id, String questionnaire, TouchpointId touchpoint, Instant opens, Instant closes) {
    /**
     * Checks that every part is present and the window is not empty.
     *
     * @param id the opening's id, stable across re-planning: the touchpoint's id followed by {@code -questionnaire},
     *         such as {@code mid-point-questionnaire}
     * @param questionnaire the questionnaire's id, as the definition's {@link QuestionnaireWave} names it
     * @param touchpoint the touchpoint it prepares
     * @param opens when answers are first accepted: the start of working hours on the day due
     * @param closes when answers stop being accepted: the end of working hours on the last day
     */
    public ScheduledWave {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(touchpoint, "touchpoint");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new InvalidValueException("closes", "must be after opens (" + opens + ")", closes);
        }
    }
}
