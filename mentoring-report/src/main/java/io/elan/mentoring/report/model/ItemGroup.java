package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item's figures in one group of respondents, as the anonymity guard released them, or why they were withheld.
 *
 * @param group the group's name, in the report's language
 * @param respondents how many of the group answered the item, or {@code null} when withheld
 * @param answers how many chose each point or option, in questionnaire order; empty when withheld or for free text
 * @param statistics the statistics released, or {@code null} when withheld or for choice and free-text items
 * @param withheld why the figures are withheld, in the report's language, or {@code null} when shown
 */
public record ItemGroup(String group, @Nullable Integer respondents, List<AnswerCount> answers,
        @Nullable ItemStatistics statistics, @Nullable String withheld) {
    /**
     * Validates that a group is either shown or withheld, and copies the answers.
     *
     * @param group the group's name, in the report's language
     * @param respondents how many of the group answered the item, or {@code null} when withheld
     * @param answers how many chose each point or option, in questionnaire order; empty when withheld or for free text
     * @param statistics the statistics released, or {@code null} when withheld or for choice and free-text items
     * @param withheld why the figures are withheld, in the report's language, or {@code null} when shown
     */
    public ItemGroup {
        Checks.present(group, "group");
        answers = List.copyOf(Checks.present(answers, "answers"));
        if ((respondents == null) == (withheld == null)) {
            throw new InvalidValueException("withheld", "must be given exactly when the respondents are not",
                    withheld);
        }
        if (withheld != null && (!answers.isEmpty() || statistics != null)) {
            throw new InvalidValueException("answers", "must be empty when the figures are withheld", answers.size());
        }
    }

    /** @return whether the figures are shown */
    public boolean shown() {
        return withheld == null;
    }
}
