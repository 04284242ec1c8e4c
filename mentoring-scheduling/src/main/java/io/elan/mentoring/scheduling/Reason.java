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
 * Every reason reads as a sentence in the reader's language, worded by the module's resource bundle.
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
            return Texts.say(locale, "reason.fromRule", ruleName.in(words), occurrence, timing.in(words),
                    Texts.day(intendedDate, locale));
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
            return Texts.say(locale, "reason.shifted", Texts.day(to, locale),
                    Texts.say(locale, "policy." + policy.name()), cause.describe(locale));
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
            return Texts.say(locale, "reason.timeAdjusted", actual.toString(), wanted.toString());
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
            return Texts.say(locale, "reason.formatRotated", Texts.format(chosen).in(words),
                    Texts.format(avoided).in(words));
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
            return Texts.say(locale, "reason.gapFilled", Texts.audience(audience).in(Texts.wording(locale)),
                    ChronoUnit.DAYS.between(previous, next), Texts.day(previous, locale), Texts.day(next, locale),
                    maxGapDays);
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
            return Texts.say(locale, windowFull ? "reason.callRound.full" : "reason.callRound", round,
                    Texts.day(opens, locale), Texts.day(closes, locale));
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
            return Texts.say(locale, "reason.alternated", Texts.audience(audience).in(words),
                    Texts.format(repeated).in(words));
        }
    }
}
