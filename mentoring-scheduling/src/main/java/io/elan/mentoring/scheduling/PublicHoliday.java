package io.elan.mentoring.scheduling;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.LocalDate;

/**
 * A public holiday (jour férié).
 *
 * @param date the day
 * @param key a stable key, as Jollyday names it, such as {@code LABOUR_DAY} or {@code christian.EASTER_MONDAY}
 * @param name its name in French and English
 */
public record PublicHoliday(LocalDate date, String key, LocalizedText name) {
    /**
     * Validates the fields.
     *
     * @param date the day
     * @param key a stable key, as Jollyday names it, such as {@code LABOUR_DAY} or {@code christian.EASTER_MONDAY}
     * @param name its name in French and English
     */
    public PublicHoliday {
        if (date == null) {
            throw new InvalidValueException("date", "must not be null");
        }
        if (key == null || key.isBlank()) {
            throw new InvalidValueException("key", "must not be blank");
        }
        if (name == null) {
            throw new InvalidValueException("name", "must not be null");
        }
    }
}
