package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.validation.Checks;
import java.time.LocalDate;

/**
 * A participant enrolled after the kick-off, and the catch-up digests that told them what their community had been
 * sent before they came.
 *
 * @param name the name people read
 * @param role mentor or mentee
 * @param joined the day they were enrolled, after the kick-off
 * @param catchUpDigests how many catch-up digests reached them
 */
public record LateJoinerRecord(String name, Role role, LocalDate joined, int catchUpDigests) {
    /**
     * Validates every field.
     *
     * @param name the name people read
     * @param role mentor or mentee
     * @param joined the day they were enrolled, after the kick-off
     * @param catchUpDigests how many catch-up digests reached them
     */
    public LateJoinerRecord {
        Checks.present(name, "name");
        Checks.present(role, "role");
        Checks.present(joined, "joined");
        if (catchUpDigests < 0) {
            throw new InvalidValueException("catchUpDigests", "must be at least 0", catchUpDigests);
        }
    }
}
