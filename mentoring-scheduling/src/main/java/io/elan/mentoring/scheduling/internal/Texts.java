package io.elan.mentoring.scheduling.internal;

import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.text.LocalizedText;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The wording of plans for program managers, read from the resource bundle {@value #BUNDLE}: the reasons,
 * recurrences, obstacles, calendar changes and the calendar export all take their sentences from it. A reader's
 * locale finds its bundle by language and country, then by language; a language without a bundle reads English, the
 * root bundle. Adding a language is adding a bundle.
 */
public final class Texts {
    /** The base name of the resource bundle that holds the texts. */
    public static final String BUNDLE = "io.elan.mentoring.scheduling.internal.SchedulingMessages";

    /** The languages this module ships a bundle for, in which names kept as {@link LocalizedText} are written. */
    static final List<Locale> SHIPPED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {}

    /**
     * @param locale the reader's locale
     * @param key a text's key in {@value #BUNDLE}
     * @param arguments the values of the text's placeholders, already written as the reader reads them
     * @return the text in the reader's language, or in English
     */
    public static String say(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, wording(locale)).format(arguments);
    }

    /**
     * A text in every shipped language, for names a plan keeps and shows later to readers of any language.
     *
     * @param key a text's key in {@value #BUNDLE}
     * @param arguments the values of its placeholders, each written in the text's language
     * @return the text in every shipped language
     */
    public static LocalizedText localized(String key, Function<Locale, Object[]> arguments) {
        return inEveryLanguage(language -> say(language, key, arguments.apply(language)));
    }

    /**
     * A text kept in another bundle of the module, such as a preset's names and themes.
     *
     * @param bundle the bundle's base name
     * @param key the text's key
     * @return the text in every shipped language
     */
    public static LocalizedText fromBundle(String bundle, String key) {
        return inEveryLanguage(
                language -> ResourceBundle.getBundle(bundle, language, NO_DEFAULT_LOCALE).getString(key));
    }

    /**
     * @param key a text's key in {@value #BUNDLE}, without placeholders
     * @return the text in every shipped language
     */
    public static LocalizedText localized(String key) {
        return localized(key, language -> new Object[0]);
    }

    /**
     * @param date a day
     * @param locale the reader's locale
     * @return the day written out, such as "mercredi 11 novembre 2026"
     */
    public static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(say(locale, "day.pattern"), wording(locale)).format(date);
    }

    /**
     * @param locale the reader's locale
     * @return the language of the bundle that speaks to the reader, so that a name read in it agrees with the
     *     sentences around it
     */
    public static Locale wording(Locale locale) {
        Locale found = bundle(locale).getLocale();
        return found.getLanguage().isEmpty() ? Locale.ENGLISH : found;
    }

    /**
     * @param day a day of the week
     * @param locale the reader's locale
     * @return its name
     */
    public static String weekday(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, wording(locale));
    }

    /**
     * @param day a day of the week
     * @return its name in every shipped language
     */
    public static LocalizedText weekday(DayOfWeek day) {
        return inEveryLanguage(language -> weekday(day, language));
    }

    /**
     * @param format a format
     * @return its name for program managers
     */
    public static LocalizedText format(Format format) {
        return localized("format." + format.name());
    }

    /**
     * @param audience an audience
     * @return who it is, for program managers
     */
    public static LocalizedText audience(Audience audience) {
        return localized("audience." + audience.name());
    }

    /**
     * @param role a community
     * @return its name, for program managers
     */
    public static LocalizedText community(Role role) {
        return localized("community." + role.name());
    }

    private static LocalizedText inEveryLanguage(Function<Locale, String> text) {
        Map<Locale, String> texts = new LinkedHashMap<>();
        SHIPPED.forEach(language -> texts.put(language, text.apply(language)));
        return new LocalizedText(texts);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
    }
}
