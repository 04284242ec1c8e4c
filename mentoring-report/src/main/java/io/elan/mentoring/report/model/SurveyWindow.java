package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import java.time.ZonedDateTime;

/**
 * When an anonymous questionnaire is open.
 *
 * @param opens when it opens, in the program's zone
 * @param closes when it closes, in the program's zone
 */
public record SurveyWindow(ZonedDateTime opens, ZonedDateTime closes) {
    /**
     * Validates every field.
     *
     * @param opens when it opens, in the program's zone
     * @param closes when it closes, in the program's zone
     */
    public SurveyWindow {
        Checks.present(opens, "opens");
        Checks.present(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new InvalidValueException("closes", "must be after opens (" + opens + ")", closes);
        }
    }
}
