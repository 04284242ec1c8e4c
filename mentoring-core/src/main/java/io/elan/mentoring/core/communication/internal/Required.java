package io.elan.mentoring.core.communication.internal;

import io.elan.mentoring.spi.InvalidValueException;
import org.jspecify.annotations.Nullable;

/** The presence check of communication's values, failing with a message that names the field. Thread-safe. */
public final class Required {

    private Required() {}

    /**
     * @param value the value
     * @param field the field it is held in
     * @param <T> its type
     * @return the value
     * @throws InvalidValueException naming the field if the value is null
     */
    public static <T> T present(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }
}
