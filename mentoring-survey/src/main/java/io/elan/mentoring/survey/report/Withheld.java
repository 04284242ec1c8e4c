package io.elan.mentoring.survey.report;

import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.survey.report.internal.ReportWording;

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
        return new Withheld(reason, threshold,
                ReportWording.localized("withheld." + reason.name(), wording -> new Object[] {threshold}));
    }
}
