package io.elan.mentoring.scheduling;

import io.elan.mentoring.scheduling.internal.Texts;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An occurrence a ritual asked for that is not in the calendar, and why.
 *
 * @param key the key it would have had
 * @param ruleId the ritual's id
 * @param intendedDate the day the rule gave
 * @param cause why no day could hold it
 */
public record DroppedOccurrence(String key, String ruleId, LocalDate intendedDate, Obstacle cause) {
    /**
     * @param locale the reader's locale
     * @return a sentence for a program manager
     */
    public String describe(Locale locale) {
        return Texts.say(locale, "dropped", key, Texts.day(intendedDate, locale), cause.describe(locale));
    }
}
