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
        boolean fr = Texts.isFrench(locale);
        String day = Texts.day(date, locale);
        return switch (kind) {
            case NON_WORKING_DAY -> fr ? day + " n’est pas un jour travaillé" : day + " is not a working day";
            case PUBLIC_HOLIDAY -> fr ? day + " est férié (" + detail.in(locale) + ")"
                    : day + " is a public holiday (" + detail.in(locale) + ")";
            case BLACKOUT -> fr ? day + " tombe dans la période sans animation «\u00a0" + detail.in(locale) + "\u00a0»"
                    : day + " falls in the blackout \"" + detail.in(locale) + "\"";
            case CLOCK_CHANGE -> fr ? "le changement d’heure du " + day + " coupe les heures de travail"
                    : "the clock change on " + day + " breaks the working hours";
            case TOO_CLOSE -> fr ? day + " est trop proche de «\u00a0" + detail.in(locale) + "\u00a0»"
                    : day + " is too close to \"" + detail.in(locale) + "\"";
            case OUTSIDE_PROGRAM -> fr ? day + " est hors du programme" : day + " is outside the program";
            case PAST -> fr ? day + " est déjà passé" : day + " is already past";
            case REPEATED_FORMAT -> fr
                    ? "le " + day + ", la communauté vient d’avoir le même format «\u00a0" + detail.in(locale) + "\u00a0»"
                    : "on " + day + ", the community would just have had the same format \"" + detail.in(locale) + "\"";
        };
    }
}
