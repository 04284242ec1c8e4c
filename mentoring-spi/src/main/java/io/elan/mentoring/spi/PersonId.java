package io.elan.mentoring.spi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person known to the host's people directory, unique within a tenant. The same person may be a mentor in one program
 * and a mentee in another.
 *
 * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
 */
public record PersonId(@NotBlank @Size(max = Identifiers.MAX_LENGTH) String value) {
    /**
     * Validates the identifier.
     *
     * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
     */
    public PersonId {
        Identifiers.check(value, "personId");
    }

    /**
     * @param value the identifier
     * @return the identifier
     * @throws InvalidValueException if the value breaks the identifier rules
     */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
