package io.elan.mentoring.survey.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one item in one group.
 *
 * @param n how many respondents of the group answered the item
 * @param distribution the count and share of each point or option, in questionnaire order; for multiple choice the
 *     shares are of respondents and may add up to more than 1; empty for free text
 * @param summary mean, median and quartiles of a Likert or 0–10 item, or {@code null}
 * @param favourable the favourable share with its Wilson 95% interval (top two points of a Likert item, 9–10 of a
 *     score, yes), or {@code null} for choice and free-text items
 * @param netPromoterScore the NPS of a 0–10 item, or {@code null}
 * @param comments the free-text answers, sorted, for groups large enough; empty otherwise
 */
public record ItemFigures(int n, List<ChoiceCount> distribution, @Nullable NumericSummary summary,
        @Nullable RespondentShare favourable, @Nullable NetPromoterScore netPromoterScore, List<String> comments) {
    /**
     * Copies the lists.
     *
     * @param n how many respondents of the group answered the item
     * @param distribution the count and share of each point or option, in questionnaire order; for multiple choice the
     *         shares are of respondents and may add up to more than 1; empty for free text
     * @param summary mean, median and quartiles of a Likert or 0–10 item, or {@code null}
     * @param favourable the favourable share with its Wilson 95% interval (top two points of a Likert item, 9–10 of a
     *         score, yes), or {@code null} for choice and free-text items
     * @param netPromoterScore the NPS of a 0–10 item, or {@code null}
     * @param comments the free-text answers, sorted, for groups large enough; empty otherwise
     */
    public ItemFigures {
        distribution = List.copyOf(distribution);
        comments = List.copyOf(comments);
    }
}
