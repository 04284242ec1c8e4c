package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The program the report is about.
 *
 * @param id the program id
 * @param name the program's name
 * @param kickOff its first day
 * @param closing its last day
 * @param zone the zone its dates and times are shown in
 */
public record ProgramFacts(String id, String name, LocalDate kickOff, LocalDate closing, ZoneId zone) {
    /**
     * Validates every field.
     *
     * @param id the program id
     * @param name the program's name
     * @param kickOff its first day
     * @param closing its last day
     * @param zone the zone its dates and times are shown in
     */
    public ProgramFacts {
        Checks.present(id, "id");
        Checks.present(name, "name");
        Checks.present(kickOff, "kickOff");
        Checks.present(closing, "closing");
        Checks.present(zone, "zone");
        if (!closing.isAfter(kickOff)) {
            throw new InvalidValueException("closing", "must be after kickOff (" + kickOff + ")", closing);
        }
    }
}
