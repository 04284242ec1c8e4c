package io.elan.mentoring.spi.program;

import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A pair (binôme), unique within its program.
 *
 * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
 */
public record PairId(@NotBlank @Size(max = Checks.MAX_ID_LENGTH) String value) {
    /**
     * Validates the identifier.
     *
     * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
     */
    public PairId {
        Checks.id(value, "pairId");
    }

    /**
     * @param value the identifier
     * @return the identifier
     * @throws io.elan.mentoring.spi.InvalidValueException if the value breaks the identifier rules
     */
    public static PairId of(String value) {
        return new PairId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
