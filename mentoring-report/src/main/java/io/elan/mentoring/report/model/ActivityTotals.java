package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;

/**
 * What the participants and the programme team did over the program so far.
 *
 * @param pairMeetings meetings the pairs reported
 * @param pairMessages message exchanges the pairs reported
 * @param hotline requests to the hotline
 * @param followUps individual follow-up calls
 */
public record ActivityTotals(int pairMeetings, int pairMessages, Hotline hotline, FollowUps followUps) {

    /**
     * The hotline's requests.
     *
     * @param raised requests raised
     * @param answered requests answered
     * @param answeredLate answered after the response target
     */
    public record Hotline(int raised, int answered, int answeredLate) {
        /**
         * Validates the counts.
         *
         * @param raised requests raised
         * @param answered requests answered
         * @param answeredLate answered after the response target
         */
        public Hotline {
            Checks.notNegative(raised, "hotline.raised");
            Checks.notNegative(answeredLate, "hotline.answeredLate");
            if (answered > raised || answeredLate > answered) {
                throw new InvalidValueException("hotline", "must satisfy raised >= answered >= answeredLate",
                        raised + " >= " + answered + " >= " + answeredLate);
            }
        }
    }

    /**
     * The individual follow-up calls.
     *
     * @param logged calls made and logged
     * @param concerns logged calls that raised a concern
     */
    public record FollowUps(int logged, int concerns) {
        /**
         * Validates the counts.
         *
         * @param logged calls made and logged
         * @param concerns logged calls that raised a concern
         */
        public FollowUps {
            Checks.notNegative(concerns, "followUps.concerns");
            if (concerns > logged) {
                throw new InvalidValueException("followUps.concerns", "must not exceed the calls logged (" + logged
                        + ")", concerns);
            }
        }
    }

    /**
     * Validates every field.
     *
     * @param pairMeetings meetings the pairs reported
     * @param pairMessages message exchanges the pairs reported
     * @param hotline requests to the hotline
     * @param followUps individual follow-up calls
     */
    public ActivityTotals {
        Checks.notNegative(pairMeetings, "pairMeetings");
        Checks.notNegative(pairMessages, "pairMessages");
        Checks.present(hotline, "hotline");
        Checks.present(followUps, "followUps");
    }
}
