package io.elan.mentoring.spi.broadcast;

import io.elan.mentoring.spi.validation.Checks;
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

    /**
     * Validates the identifier.
     *
     * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
     */
    public BroadcastId {
        Checks.id(value, "broadcastId", MAX_LENGTH);
    }

    /**
     * @param value the identifier
     * @return the broadcast id
     * @throws io.elan.mentoring.spi.InvalidValueException if the value breaks the identifier rules
     */
    public static BroadcastId of(String value) {
        return new BroadcastId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
