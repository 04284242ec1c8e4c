package io.elan.mentoring.scheduling;

import io.elan.mentoring.scheduling.internal.Texts;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Why a planned touchpoint is where it is: the rule that produced it, each shift and its cause, or the gap it fills.
 * Every reason reads as a sentence in French or English.
 */
public sealed interface Reason {

    /**
     * @param locale the reader's locale
     * @return a sentence for a program manager
     */
    String describe(Locale locale);

    /**
     * The occurrence comes from a ritual.
     *
     * @param ruleId the ritual's id
     * @param ruleName the ritual's name
     * @param occurrence the occurrence number in the ritual, from 1
     * @param timing when the ritual recurs or where it is placed
     * @param intendedDate the day the rule gives, before any shift
     */
    record FromRule(String ruleId, LocalizedText ruleName, int occurrence, LocalizedText timing,
            LocalDate intendedDate) implements Reason {
        @Override
        public String describe(Locale locale) {
            Locale words = Texts.wording(locale);
            return Texts.isFrench(locale)
                    ? "«\u00a0" + ruleName.in(words) + "\u00a0» n° " + occurrence + ", " + timing.in(words)
                            + "\u00a0: prévu le "
                            + Texts.day(intendedDate, locale)
                    : "\"" + ruleName.in(words) + "\" #" + occurrence + ", " + timing.in(words) + ": due on "
                            + Texts.day(intendedDate, locale);
        }
    }

    /**
     * The occurrence moved to another day.
     *
     * @param from the day it was due
     * @param to the day it moved to
     * @param cause why {@code from} could not hold it
     * @param policy the policy that chose {@code to}
     */
    record Shifted(LocalDate from, LocalDate to, Obstacle cause, ShiftPolicy policy) implements Reason {
        @Override
        public String describe(Locale locale) {
            boolean fr = Texts.isFrench(locale);
            String rule = switch (policy) {
                case NEXT_WORKING_DAY -> fr ? "jour disponible suivant" : "next available day";
                case PREVIOUS_WORKING_DAY -> fr ? "jour disponible précédent" : "previous available day";
                case DROP -> fr ? "suppression" : "drop";
            };
            return (fr ? "Déplacé au " : "Moved to ") + Texts.day(to, locale) + " (" + rule + ")" + (fr ? "\u00a0: " : ": ")
                    + cause.describe(locale);
        }
    }

    /**
     * The start time moved to fit the working hours.
     *
     * @param wanted the ritual's start time
     * @param actual the start time kept
     */
    record TimeAdjusted(LocalTime wanted, LocalTime actual) implements Reason {
        @Override
        public String describe(Locale locale) {
            return Texts.isFrench(locale)
                    ? "Commence à " + actual + " au lieu de " + wanted + " pour tenir dans les heures de travail"
                    : "Starts at " + actual + " instead of " + wanted + " to fit the working hours";
        }
    }

    /**
     * The rotation skipped a format so that a community does not get the same one twice in a row.
     *
     * @param avoided the format skipped
     * @param chosen the format used instead
     */
    record FormatRotated(Format avoided, Format chosen) implements Reason {
        @Override
        public String describe(Locale locale) {
            Locale words = Texts.wording(locale);
            return Texts.isFrench(locale)
                    ? "Format «\u00a0" + Texts.format(chosen).in(words) + "\u00a0» plutôt que «\u00a0"
                            + Texts.format(avoided).in(words) + "\u00a0», pour ne pas répéter le même format deux fois de suite"
                    : "Format \"" + Texts.format(chosen).in(words) + "\" rather than \""
                            + Texts.format(avoided).in(words) + "\", so that no format comes twice in a row";
        }
    }

    /**
     * The touchpoint was inserted because a community would have gone too long without a collective touchpoint.
     *
     * @param audience the community or communities concerned
     * @param previous the day of the touchpoint (or the program start) before the gap
     * @param next the day of the touchpoint (or the program end) after the gap
     * @param maxGapDays the most days allowed without a collective touchpoint
     */
    record GapFilled(Audience audience, LocalDate previous, LocalDate next, int maxGapDays) implements Reason {
        @Override
        public String describe(Locale locale) {
            Locale words = Texts.wording(locale);
            long days = ChronoUnit.DAYS.between(previous, next);
            return Texts.isFrench(locale)
                    ? "Ajouté\u00a0: sans lui, les " + Texts.audience(audience).in(words) + " resteraient " + days
                            + " jours sans temps collectif (du " + Texts.day(previous, locale) + " au "
                            + Texts.day(next, locale) + ", maximum " + maxGapDays + ")"
                    : "Inserted: without it, " + Texts.audience(audience).in(words) + " would go " + days
                            + " days without a collective touchpoint (" + Texts.day(previous, locale) + " to "
                            + Texts.day(next, locale) + ", at most " + maxGapDays + ")";
        }
    }

    /**
     * The touchpoint is one pair's follow-up call in a round of calls every pair gets.
     *
     * @param round the round's number, from 1
     * @param opens the first day the round's calls are due
     * @param closes the last day the round's calls are due
     * @param windowFull whether every slot of those days was taken, so that the call comes after them
     */
    record CallRound(int round, LocalDate opens, LocalDate closes, boolean windowFull) implements Reason {
        @Override
        public String describe(Locale locale) {
            return Texts.isFrench(locale)
                    ? "Appel de suivi n° " + round + " du binôme, à passer du " + Texts.day(opens, locale) + " au "
                            + Texts.day(closes, locale)
                            + (windowFull ? "\u202f; ces jours sont pleins, il prend le premier créneau libre après" : "")
                    : "Follow-up call #" + round + " of the pair, due from " + Texts.day(opens, locale) + " to "
                            + Texts.day(closes, locale)
                            + (windowFull ? "; those days are full, so it takes the first free slot after them" : "");
        }
    }

    /**
     * The capsule was inserted between two meetings of the same fixed format, so that a community alternates.
     *
     * @param audience the community or communities concerned
     * @param repeated the format that would otherwise come twice in a row
     */
    record Alternated(Audience audience, Format repeated) implements Reason {
        @Override
        public String describe(Locale locale) {
            Locale words = Texts.wording(locale);
            return Texts.isFrench(locale)
                    ? "Ajouté pour que les " + Texts.audience(audience).in(words) + " n’aient pas «\u00a0"
                            + Texts.format(repeated).in(words) + "\u00a0» deux fois de suite"
                    : "Inserted so that " + Texts.audience(audience).in(words) + " do not get \""
                            + Texts.format(repeated).in(words) + "\" twice in a row";
        }
    }
}
