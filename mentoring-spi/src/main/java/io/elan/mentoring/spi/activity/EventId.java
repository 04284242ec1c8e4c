package io.elan.mentoring.spi.activity;

import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An activity event's identity, unique within a tenant. Appending an event whose id is already stored adds nothing:
 * this is what makes appends idempotent.
 *
 * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
 */
public record EventId(@NotBlank @Size(max = Checks.MAX_ID_LENGTH) String value) {
    /**
     * Validates the identifier.
     *
     * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
     */
    public EventId {
        Checks.id(value, "eventId");
    }

    /**
     * @param value the identifier
     * @return the identifier
     * @throws io.elan.mentoring.spi.InvalidValueException if the value breaks the identifier rules
     */
    public static EventId of(String value) {
        return new EventId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
