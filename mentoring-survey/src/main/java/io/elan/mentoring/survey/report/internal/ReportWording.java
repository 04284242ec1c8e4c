package io.elan.mentoring.survey.report.internal;

import io.elan.mentoring.spi.text.LocalizedText;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * A survey report's wording, read from the bundle {@value #BUNDLE}: by the reader's language and country, then
 * language, then English (the root bundle). Adding a language is adding a bundle. Immutable and thread-safe.
 */
public final class ReportWording {
    /** The base name of the resource bundle that holds the report's wording. */
    public static final String BUNDLE = "io.elan.mentoring.survey.report.SurveyReportMessages";

    /** The languages the report's texts are kept in when they are computed before anyone reads them. */
    public static final List<Locale> SHIPPED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale language;

    private ReportWording(Locale reader) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, reader, NO_DEFAULT_LOCALE);
        this.language = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    /**
     * @param reader the reader's locale
     * @return the wording that speaks to the reader
     */
    public static ReportWording forReader(Locale reader) {
        return new ReportWording(reader);
    }

    /**
     * @param key a text's key
     * @param arguments the values of the text's placeholders, each in the text's language
     * @return the text in every shipped language
     */
    public static LocalizedText localized(String key, Function<ReportWording, Object[]> arguments) {
        Map<Locale, String> texts = new LinkedHashMap<>();
        for (Locale shipped : SHIPPED) {
            ReportWording wording = new ReportWording(shipped);
            texts.put(shipped, wording.say(key, arguments.apply(wording)));
        }
        return new LocalizedText(texts);
    }

    /** @return the language the wording is in */
    public Locale language() {
        return language;
    }

    /**
     * @param key a text's key
     * @param arguments the values of its placeholders
     * @return the text
     */
    public String say(String key, Object... arguments) {
        // Arguments are written out beforehand, so that MessageFormat adds no number grouping of its own.
        Object[] written = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            written[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(bundle.getString(key), language).format(written);
    }

    /**
     * @param share a share from 0 to 1
     * @return it as a whole percentage, written in the wording's language
     */
    public String percent(double share) {
        return say("percent", number(100 * share, 0));
    }

    /**
     * @param value a number
     * @param decimals how many decimals to show
     * @return it written in the wording's language
     */
    public String number(double value, int decimals) {
        return String.format(language, "%." + decimals + "f", value);
    }
}
