package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.validation.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * How the program's pairs were matched: every pair formed through a confirmed proposal with its score and the criteria
 * that made it, and everyone the last confirmed proposal left without a pair, with the reason, in the report's
 * language.
 *
 * @param confirmedOn the day the last proposal was confirmed
 * @param confirmations how many proposals were confirmed, at least 1
 * @param maxPairScore the most one pair could score under the rules, at least 0
 * @param pairs the pairs, in the order they were formed
 * @param unmatched the people left without a pair, mentees first
 */
public record MatchingRecord(LocalDate confirmedOn, int confirmations, int maxPairScore, List<MatchedPair> pairs,
        List<LeftOut> unmatched) {

    /**
     * Validates every field and copies the lists.
     *
     * @param confirmedOn the day the last proposal was confirmed
     * @param confirmations how many proposals were confirmed, at least 1
     * @param maxPairScore the most one pair could score under the rules, at least 0
     * @param pairs the pairs, in the order they were formed
     * @param unmatched the people left without a pair, mentees first
     */
    public MatchingRecord {
        Checks.date(confirmedOn, "confirmedOn");
        if (confirmations < 1) {
            throw new InvalidValueException("confirmations", "must be at least 1", confirmations);
        }
        Checks.notNegative(maxPairScore, "maxPairScore");
        pairs = Checks.list(pairs, "pairs", Integer.MAX_VALUE);
        unmatched = Checks.list(unmatched, "unmatched", Integer.MAX_VALUE);
        for (MatchedPair pair : pairs) {
            if (pair.score() > maxPairScore) {
                throw new InvalidValueException("pairs[].score", "must be at most maxPairScore (" + maxPairScore
                        + ")", pair.score());
            }
        }
    }

    /**
     * One pair as it was proposed.
     *
     * @param mentor the mentor's name
     * @param mentee the mentee's name
     * @param score its score, at least 0
     * @param pinned whether the program team pinned it
     * @param reasons one sentence per criterion, with its points
     */
    public record MatchedPair(String mentor, String mentee, int score, boolean pinned, List<String> reasons) {
        /**
         * Validates every field and copies the reasons.
         *
         * @param mentor the mentor's name
         * @param mentee the mentee's name
         * @param score its score, at least 0
         * @param pinned whether the program team pinned it
         * @param reasons one sentence per criterion, with its points
         */
        public MatchedPair {
            Checks.present(mentor, "mentor");
            Checks.present(mentee, "mentee");
            Checks.notNegative(score, "score");
            reasons = Checks.list(reasons, "reasons", 16);
        }
    }

    /**
     * One person left without a pair.
     *
     * @param name the name people read
     * @param role a mentee without a mentor, or a mentor with room who got no mentee
     * @param reason the reason in a few words, for a table or a chart
     * @param explanation the reason in one sentence, with the numbers behind it
     */
    public record LeftOut(String name, Role role, String reason, String explanation) {
        /**
         * Validates every field.
         *
         * @param name the name people read
         * @param role a mentee without a mentor, or a mentor with room who got no mentee
         * @param reason the reason in a few words, for a table or a chart
         * @param explanation the reason in one sentence, with the numbers behind it
         */
        public LeftOut {
            Checks.present(name, "name");
            Checks.present(role, "role");
            Checks.present(reason, "reason");
            Checks.present(explanation, "explanation");
        }
    }
}
