package io.elan.mentoring.report.internal;

import java.util.Locale;

/**
 * The report's wording: French for a French locale, English for any other. Texts take their numbers and dates
 * already formatted by {@link Numbers} and {@link Dates}, so that nothing here depends on the machine's locale.
 * Immutable and thread-safe.
 */
public final class Words {
    /** The narrow no-break space French typography puts before {@code %}, {@code ;}, {@code ?} and {@code !}. */
    public static final char NARROW_NBSP = '\u202F';
    /** The no-break space French typography puts before {@code :}. */
    public static final char NBSP = '\u00A0';

    private final boolean french;
    private final Locale locale;

    /** @param locale the report's locale */
    public Words(Locale locale) {
        this.french = isFrench(locale);
        this.locale = french ? Locale.FRENCH : Locale.ENGLISH;
    }

    /**
     * @param locale a locale
     * @return whether the report is written in French for it
     */
    public static boolean isFrench(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage());
    }

    /** @return French or English, the language the report is written in */
    public Locale locale() {
        return locale;
    }

    /** @return whether the report is written in French */
    public boolean french() {
        return french;
    }

    /**
     * @param fr the French text
     * @param en the English text
     * @return the text in the report's language, typeset as {@link #typeset(String)} says
     */
    public String pick(String fr, String en) {
        return french ? typeset(fr) : en;
    }

    /**
     * @param fr the French pattern, {@code %s} for each argument
     * @param en the English pattern
     * @param arguments the values, already formatted
     * @return the text in the report's language, typeset as {@link #typeset(String)} says
     */
    public String format(String fr, String en, Object... arguments) {
        return french ? typeset(String.format(Locale.ROOT, fr, arguments)) : String.format(Locale.ROOT, en, arguments);
    }

    /** @return the separator between a label and what follows it: {@code " : "} in French, {@code ": "} in English */
    public String colon() {
        return french ? NBSP + ": " : ": ";
    }

    /**
     * @return the separator between the items of a list of figures: {@code " ; "} in French, with a narrow no-break
     *     space, {@code "; "} in English
     */
    public String semicolon() {
        return french ? NARROW_NBSP + "; " : "; ";
    }

    /**
     * Puts a French text in the report's typography, so that no line breaks before a colon, a semicolon, a question
     * mark, an exclamation mark or a percent sign, nor inside guillemets: a no-break space before {@code :} and inside
     * {@code « »}, a narrow one before the others (the JDK and the engine write an ordinary or a no-break space
     * there). English text is left as it is.
     *
     * @param text a text, the report's own or the engine's
     * @return the text, typeset
     */
    public String typeset(String text) {
        if (!french) {
            return text;
        }
        return text.replace(" :", NBSP + ":")
                .replace(" ;", NARROW_NBSP + ";")
                .replace(" ?", NARROW_NBSP + "?")
                .replace(" !", NARROW_NBSP + "!")
                .replace(" %", NARROW_NBSP + "%")
                .replace(NBSP + "%", NARROW_NBSP + "%")
                .replace(NBSP + ";", NARROW_NBSP + ";")
                .replace(NBSP + "?", NARROW_NBSP + "?")
                .replace(NBSP + "!", NARROW_NBSP + "!")
                .replace("« ", "«" + NBSP)
                .replace(" »", NBSP + "»");
    }
}
