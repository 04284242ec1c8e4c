package io.elan.mentoring.scheduling;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.Duration;

/**
 * One part of a touchpoint's agenda, such as the mentor track, the mentee track and the joint time of the mid-point
 * workshop. Parts for different audiences may run at the same time.
 *
 * @param title what happens
 * @param audience who takes part
 * @param offset when the part starts, from the touchpoint's start, zero or positive
 * @param length how long it lasts, positive
 */
public record AgendaPart(LocalizedText title, Audience audience, Duration offset, Duration length) {
    /**
     * Validates the fields.
     *
     * @param title what happens
     * @param audience who takes part
     * @param offset when the part starts, from the touchpoint's start, zero or positive
     * @param length how long it lasts, positive
     */
    public AgendaPart {
        if (title == null) {
            throw new InvalidValueException("title", "must not be null");
        }
        if (audience == null) {
            throw new InvalidValueException("audience", "must not be null");
        }
        if (offset == null || offset.isNegative()) {
            throw new InvalidValueException("offset", "must be zero or positive", offset);
        }
        if (length == null || length.isNegative() || length.isZero()) {
            throw new InvalidValueException("length", "must be positive", length);
        }
    }

    /** @return when the part ends, from the touchpoint's start */
    public Duration endOffset() {
        return offset.plus(length);
    }
}
