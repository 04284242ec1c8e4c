package io.elan.mentoring.core.communication;

import io.elan.mentoring.spi.InvalidValueException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Identifies one broadcast within its program. Publishing twice under the same id sends nothing new.
 *
 * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
 */
public record BroadcastId(@NotBlank @Size(max = BroadcastId.MAX_LENGTH) String value) {

    /** Longest identifier, in characters. */
    public static final int MAX_LENGTH = 128;

    /** Validates the identifier. */
    public BroadcastId {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("broadcastId", "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("broadcastId", "must be at most " + MAX_LENGTH + " characters",
                    value.length() + " characters");
        }
        if (!value.equals(value.strip())) {
            throw new InvalidValueException("broadcastId", "must not start or end with blanks", "\"" + value + "\"");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("broadcastId", "must not contain control characters");
        }
    }

    /**
     * @param value the identifier
     * @return the broadcast id
     */
    public static BroadcastId of(String value) {
        return new BroadcastId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
