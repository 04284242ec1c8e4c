package io.elan.mentoring.survey.report;

import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.survey.questionnaire.ItemKind;
import org.jspecify.annotations.Nullable;

/**
 * One item's results in one group: figures or the reason they are withheld.
 *
 * @param item the item id
 * @param text the question
 * @param kind the item kind
 * @param figures the figures, or {@code null} when withheld
 * @param withheld why the figures are withheld, or {@code null} when shown
 * @param change the change against the previous wave, or {@code null} when there is none to show
 */
public record ItemResult(String item, LocalizedText text, ItemKind kind, @Nullable ItemFigures figures,
        @Nullable Withheld withheld, @Nullable ChangeSincePreviousWave change) {}
