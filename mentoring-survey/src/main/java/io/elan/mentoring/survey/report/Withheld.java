package io.elan.mentoring.survey.report;

import io.elan.mentoring.spi.text.LocalizedText;

/**
 * A figure the anonymity guard did not release. It never says how many respondents there were: "fewer than k" is
 * all a reader learns, never zero.
 *
 * @param reason why
 * @param threshold the k the rule applied (the free-text threshold for comments)
 * @param explanation the reason in words
 */
public record Withheld(WithheldReason reason, int threshold, LocalizedText explanation) {

    /**
     * @param reason why
     * @param threshold the threshold the rule applied
     * @return the withheld marker with its explanation
     */
    public static Withheld of(WithheldReason reason, int threshold) {
        return new Withheld(reason, threshold, switch (reason) {
            case FEWER_THAN_THRESHOLD -> LocalizedText.of("moins de " + threshold + " répondants",
                    "fewer than " + threshold + " respondents");
            case PROTECTS_SMALLER_GROUP -> LocalizedText.of(
                    "masqué pour qu’un groupe de moins de " + threshold
                            + " répondants ne puisse pas être déduit des résultats déjà publiés",
                    "hidden so that a group of fewer than " + threshold
                            + " respondents cannot be deduced from figures already released");
            case TOO_CLOSE_TO_RELEASED -> LocalizedText.of(
                    "diffère des résultats déjà publiés de moins de " + threshold + " répondants",
                    "differs from figures already released by fewer than " + threshold + " respondents");
        });
    }
}
