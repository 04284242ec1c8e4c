package io.elan.mentoring.survey.report;

import io.elan.mentoring.spi.text.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Mentors compared with mentees on one item.
 *
 * @param item the item id
 * @param text the question
 * @param test the test, or {@code null} when either group's figures are withheld
 * @param withheld why the comparison is withheld, or {@code null} when shown
 */
public record ItemComparison(String item, LocalizedText text, @Nullable MannWhitney test,
        @Nullable Withheld withheld) {}
