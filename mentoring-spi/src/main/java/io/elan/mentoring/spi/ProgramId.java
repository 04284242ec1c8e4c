package io.elan.mentoring.spi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One mentoring program run, unique within its tenant.
 *
 * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
 */
public record ProgramId(@NotBlank @Size(max = Identifiers.MAX_LENGTH) String value) {
    /**
     * Validates the identifier.
     *
     * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
     */
    public ProgramId {
        Identifiers.check(value, "programId");
    }

    /**
     * @param value the identifier
     * @return the identifier
     * @throws InvalidValueException if the value breaks the identifier rules
     */
    public static ProgramId of(String value) {
        return new ProgramId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
