package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.validation.Checks;
import java.time.ZonedDateTime;

/**
 * One collective session that took place, and who came.
 *
 * @param id the touchpoint id
 * @param start when it started, in the program's zone
 * @param format its format
 * @param audience the communities invited
 * @param title what it was, in the report's language
 * @param invited how many participants were invited
 * @param attended how many of them came
 */
public record SessionRecord(String id, ZonedDateTime start, Format format, Audience audience, String title,
        int invited, int attended) {
    /**
     * Validates every field.
     *
     * @param id the touchpoint id
     * @param start when it started, in the program's zone
     * @param format its format
     * @param audience the communities invited
     * @param title what it was, in the report's language
     * @param invited how many participants were invited
     * @param attended how many of them came
     */
    public SessionRecord {
        Checks.present(id, "id");
        Checks.present(start, "start");
        Checks.present(format, "format");
        Checks.present(audience, "audience");
        Checks.present(title, "title");
        Checks.notNegative(attended, "attended");
        if (invited < attended) {
            throw new InvalidValueException("invited", "must be at least the attended count (" + attended + ")",
                    invited);
        }
    }

    /** @return the share of those invited who came, 0 when nobody was invited */
    public double rate() {
        return invited == 0 ? 0 : (double) attended / invited;
    }
}
