package io.elan.mentoring.spi.program;

import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A follow-up call, unique within its program.
 *
 * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
 */
public record FollowUpCallId(@NotBlank @Size(max = Checks.MAX_ID_LENGTH) String value) {
    /**
     * Validates the identifier.
     *
     * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
     */
    public FollowUpCallId {
        Checks.id(value, "followUpCallId");
    }

    /**
     * @param value the identifier
     * @return the identifier
     * @throws io.elan.mentoring.spi.InvalidValueException if the value breaks the identifier rules
     */
    public static FollowUpCallId of(String value) {
        return new FollowUpCallId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
