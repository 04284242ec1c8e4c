package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.validation.Checks;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Turns findings and statuses into sentences a program manager can read, with the numbers behind them, in French or
 * English; any other language gets English. Stateless and thread-safe.
 */
public final class ReasonTexts {
    /** The base name of the resource bundle that holds the texts. */
    public static final String BUNDLE = "io.elan.mentoring.core.engagement.EngagementMessages";

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Creates the texts. */
    public ReasonTexts() {}

    /**
     * @param finding a finding
     * @param locale the reader's language
     * @return the reason, with its numbers, as one sentence
     */
    public String describe(Finding finding, Locale locale) {
        Checks.present(finding, "finding");
        return format("reason." + finding.code().name(), locale, finding.observed(), finding.reference(),
                finding.norm(), finding.ratio(), finding.weeks());
    }

    /**
     * What a participant reads about a finding in a nudge: the situation in their own words, with no figure and no
     * comparison with others.
     *
     * @param finding a finding
     * @param locale the participant's language
     * @return one sentence
     */
    public String toParticipant(Finding finding, Locale locale) {
        Checks.present(finding, "finding");
        return format("nudge.reason." + finding.code().name(), locale);
    }

    /**
     * @param status a status
     * @param locale the reader's language
     * @return its label
     */
    public String label(EngagementStatus status, Locale locale) {
        return format("status." + Checks.present(status, "status").name(), locale);
    }

    /**
     * @param key a text's key in {@value #BUNDLE}, such as {@code escalation.title}
     * @param locale the reader's language
     * @param arguments the values of the text's placeholders
     * @return the text in that language, or in English
     */
    public String format(String key, Locale locale, Object... arguments) {
        Checks.present(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
        return new MessageFormat(bundle.getString(key), bundle.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : bundle.getLocale()).format(arguments);
    }
}
