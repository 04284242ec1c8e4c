package io.elan.mentoring.scheduling;

import io.elan.mentoring.spi.InvalidValueException;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;

/**
 * A text a program manager reads, in French (the language of the source practice) and in English.
 *
 * @param french the French text, not blank
 * @param english the English text, not blank
 */
public record LocalizedText(@NotBlank String french, @NotBlank String english) {
    /**
     * Validates both texts.
     *
     * @param french the French text, not blank
     * @param english the English text, not blank
     */
    public LocalizedText {
        if (french == null || french.isBlank()) {
            throw new InvalidValueException("french", "must not be blank");
        }
        if (english == null || english.isBlank()) {
            throw new InvalidValueException("english", "must not be blank");
        }
    }

    /**
     * @param french the French text
     * @param english the English text
     * @return the text
     */
    public static LocalizedText of(String french, String english) {
        return new LocalizedText(french, english);
    }

    /**
     * @param locale the reader's locale
     * @return the French text for a French-speaking locale, the English text otherwise
     */
    public String in(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? french : english;
    }
}
