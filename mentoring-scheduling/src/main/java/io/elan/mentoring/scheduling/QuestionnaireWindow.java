package io.elan.mentoring.scheduling;

import io.elan.mentoring.spi.InvalidValueException;
import java.time.ZonedDateTime;

/**
 * When the anonymous questionnaire that prepares a touchpoint (such as the mid-point workshop) is open.
 *
 * @param key the id, stable across re-planning: the touchpoint's key followed by {@code -questionnaire}
 * @param touchpointKey the key of the touchpoint it prepares
 * @param opens when it opens: the start of working hours on the day due, or the working day before
 * @param closes when it closes: the end of working hours on the day due, or the working day before
 */
public record QuestionnaireWindow(String key, String touchpointKey, ZonedDateTime opens, ZonedDateTime closes) {
    /**
     * Validates the fields.
     *
     * @param key the id, stable across re-planning: the touchpoint's key followed by {@code -questionnaire}
     * @param touchpointKey the key of the touchpoint it prepares
     * @param opens when it opens: the start of working hours on the day due, or the working day before
     * @param closes when it closes: the end of working hours on the day due, or the working day before
     */
    public QuestionnaireWindow {
        if (key == null || touchpointKey == null || opens == null || closes == null) {
            throw new InvalidValueException("questionnaireWindow", "must have every field set", key);
        }
        if (!closes.isAfter(opens)) {
            throw new InvalidValueException("closes", "must be after opens (" + opens + ")", closes);
        }
    }
}
