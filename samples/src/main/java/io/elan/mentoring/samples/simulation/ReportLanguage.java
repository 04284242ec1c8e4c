package io.elan.mentoring.samples.simulation;

import java.util.Locale;

/**
 * The language of the run: the outputs are written in it, and the program, its team and the people of the synthetic
 * company read it, so the messages they get are written in it too.
 */
enum ReportLanguage {
    /** French, the program's language. */
    FR(Locale.FRENCH),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    ReportLanguage(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /**
     * @param french the French text
     * @param english the English text
     * @param <T> a text or texts
     * @return the one in this language
     */
    <T> T pick(T french, T english) {
        return this == FR ? french : english;
    }

    /**
     * Formats with this language's conventions rather than the machine's, so that outputs do not change with it.
     *
     * @param french the French pattern
     * @param english the English pattern
     * @param arguments the values
     * @return the text in this language
     */
    String format(String french, String english, Object... arguments) {
        return String.format(locale, pick(french, english), arguments);
    }
}
