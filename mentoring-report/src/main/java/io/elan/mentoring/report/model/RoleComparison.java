package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Mentors' answers to one item compared with mentees' (Mann–Whitney U test, two-sided).
 *
 * @param item the item id
 * @param question the question, in the report's language
 * @param test the test, or {@code null} when withheld
 * @param withheld why it is withheld, in the report's language, or {@code null} when shown
 */
public record RoleComparison(String item, String question, @Nullable MannWhitney test, @Nullable String withheld) {

    /**
     * @param mentors mentors who answered
     * @param mentees mentees who answered
     * @param u the U statistic of the mentors
     * @param p the two-sided p-value
     * @param rankBiserial the rank-biserial correlation, −1 to 1, positive when mentors answer higher
     */
    public record MannWhitney(int mentors, int mentees, double u, double p, double rankBiserial) {
        /**
         * Validates the figures.
         *
         * @param mentors mentors who answered
         * @param mentees mentees who answered
         * @param u the U statistic of the mentors
         * @param p the two-sided p-value
         * @param rankBiserial the rank-biserial correlation, −1 to 1, positive when mentors answer higher
         */
        public MannWhitney {
            Checks.notNegative(mentors, "test.mentors");
            Checks.notNegative(mentees, "test.mentees");
            Shares.check(p, "test.p");
            if (!(rankBiserial >= -1 && rankBiserial <= 1)) {
                throw new InvalidValueException("test.rankBiserial", "must be between -1 and 1", rankBiserial);
            }
        }
    }

    /**
     * Validates that the comparison is either shown or withheld.
     *
     * @param item the item id
     * @param question the question, in the report's language
     * @param test the test, or {@code null} when withheld
     * @param withheld why it is withheld, in the report's language, or {@code null} when shown
     */
    public RoleComparison {
        Checks.present(item, "item");
        Checks.present(question, "question");
        if ((test == null) == (withheld == null)) {
            throw new InvalidValueException("withheld", "must be given exactly when the test is not", withheld);
        }
    }
}
