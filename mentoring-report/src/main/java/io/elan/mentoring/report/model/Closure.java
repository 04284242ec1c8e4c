package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import java.time.LocalDate;

/**
 * A stretch of days without collective sessions: a company closure or a holiday break.
 *
 * @param first its first day
 * @param last its last day
 * @param label its name, in the report's language
 */
public record Closure(LocalDate first, LocalDate last, String label) {
    /**
     * Validates every field.
     *
     * @param first its first day
     * @param last its last day
     * @param label its name, in the report's language
     */
    public Closure {
        Checks.present(first, "first");
        Checks.present(last, "last");
        Checks.present(label, "label");
        if (last.isBefore(first)) {
            throw new InvalidValueException("last", "must not be before first (" + first + ")", last);
        }
    }
}
