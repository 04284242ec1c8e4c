package io.elan.mentoring.scheduling;

import io.elan.mentoring.scheduling.internal.Texts;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Why a day could not hold an occurrence, or why an occurrence could not be kept.
 *
 * @param kind the kind of obstacle
 * @param date the day concerned
 * @param detail the holiday's name, the blackout's label, the touchpoint too close or the repeated format
 */
public record Obstacle(Kind kind, LocalDate date, LocalizedText detail) {

    /** The kinds of obstacle. */
    public enum Kind {
        /** A day of the week the company does not work, such as Saturday. */
        NON_WORKING_DAY,
        /** A public holiday. */
        PUBLIC_HOLIDAY,
        /** A company blackout range. */
        BLACKOUT,
        /** A clock change breaks the working hours of that day. */
        CLOCK_CHANGE,
        /** Another collective touchpoint of the same community is too close. */
        TOO_CLOSE,
        /** The day is outside the program. */
        OUTSIDE_PROGRAM,
        /** The day was already past when the calendar was re-planned. */
        PAST,
        /** The ritual's only format is the one the community just had. */
        REPEATED_FORMAT
    }

    /**
     * @param locale the reader's locale
     * @return a sentence for a program manager
     */
    public String describe(Locale locale) {
        return Texts.say(locale, "obstacle." + kind.name(), Texts.day(date, locale), detail.in(Texts.wording(locale)));
    }
}
