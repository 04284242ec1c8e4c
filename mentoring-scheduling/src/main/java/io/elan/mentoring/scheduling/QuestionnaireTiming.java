package io.elan.mentoring.scheduling;

import io.elan.mentoring.spi.InvalidValueException;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * When the anonymous questionnaire that prepares a touchpoint opens and closes, in days before the touchpoint.
 *
 * @param opensDaysBefore days before the touchpoint the questionnaire opens, positive
 * @param closesDaysBefore days before the touchpoint it closes, zero or positive, fewer than {@code opensDaysBefore}
 */
public record QuestionnaireTiming(@Positive int opensDaysBefore, @PositiveOrZero int closesDaysBefore) {
    /**
     * Validates the days.
     *
     * @param opensDaysBefore days before the touchpoint the questionnaire opens, positive
     * @param closesDaysBefore days before the touchpoint it closes, zero or positive, fewer than
     *     {@code opensDaysBefore}
     */
    public QuestionnaireTiming {
        if (opensDaysBefore <= 0) {
            throw new InvalidValueException("opensDaysBefore", "must be positive", opensDaysBefore);
        }
        if (closesDaysBefore < 0 || closesDaysBefore >= opensDaysBefore) {
            throw new InvalidValueException(
                    "closesDaysBefore", "must be zero or more and fewer than opensDaysBefore (" + opensDaysBefore + ")",
                    closesDaysBefore);
        }
    }
}
