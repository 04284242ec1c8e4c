package io.elan.mentoring.scheduling;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.text.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A company range of days with no touchpoint at all, such as the August closure or the year-end break.
 *
 * @param first the first day, included
 * @param last the last day, included, not before {@code first}
 * @param label what the range is, as shown in the reasons of moved touchpoints
 */
public record Blackout(@NotNull LocalDate first, @NotNull LocalDate last, @NotNull @Valid LocalizedText label) {
    /**
     * Validates the range.
     *
     * @param first the first day, included
     * @param last the last day, included, not before {@code first}
     * @param label what the range is, as shown in the reasons of moved touchpoints
     */
    public Blackout {
        if (first == null) {
            throw new InvalidValueException("first", "must not be null");
        }
        if (last == null) {
            throw new InvalidValueException("last", "must not be null");
        }
        if (last.isBefore(first)) {
            throw new InvalidValueException("last", "must not be before first (" + first + ")", last);
        }
        if (label == null) {
            throw new InvalidValueException("label", "must not be null");
        }
    }

    /**
     * @param date a day
     * @return whether the day lies in the range
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
