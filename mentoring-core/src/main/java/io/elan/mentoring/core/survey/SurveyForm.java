package io.elan.mentoring.core.survey;

import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.survey.questionnaire.Item;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one respondent is asked: the questionnaire's title and the items of their track, for the host's page to show
 * before it hands the answers to {@link Surveys#submit}.
 *
 * @param wave the wave's id
 * @param title the questionnaire's title, in French and English
 * @param items the items asked of the respondent, in the questionnaire's order
 * @param closes when answers stop being accepted
 */
public record SurveyForm(String wave, LocalizedText title, List<Item> items, Instant closes) {
    /**
     * Checks that every part is present.
     *
     * @param wave the wave's id
     * @param title the questionnaire's title, in French and English
     * @param items the items asked of the respondent, in the questionnaire's order
     * @param closes when answers stop being accepted
     */
    public SurveyForm {
        Objects.requireNonNull(wave, "wave");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(closes, "closes");
        items = List.copyOf(items);
    }
}
