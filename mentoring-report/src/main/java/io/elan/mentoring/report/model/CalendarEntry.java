package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.validation.Checks;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One planned touchpoint of the calendar, with why it falls on its date.
 *
 * @param key its stable key, the touchpoint id
 * @param start when it starts, in the program's zone
 * @param format its format
 * @param audience who it is for
 * @param title what it is, in the report's language
 * @param why why it is on this date, one sentence per reason in the order they applied
 */
public record CalendarEntry(String key, ZonedDateTime start, Format format, Audience audience, String title,
        List<String> why) {
    /**
     * Validates every field and copies the reasons.
     *
     * @param key its stable key, the touchpoint id
     * @param start when it starts, in the program's zone
     * @param format its format
     * @param audience who it is for
     * @param title what it is, in the report's language
     * @param why why it is on this date, one sentence per reason in the order they applied
     */
    public CalendarEntry {
        Checks.present(key, "key");
        Checks.present(start, "start");
        Checks.present(format, "format");
        Checks.present(audience, "audience");
        Checks.present(title, "title");
        why = List.copyOf(Checks.present(why, "why"));
    }
}
