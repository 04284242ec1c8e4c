package io.elan.mentoring.survey.report;

import io.elan.mentoring.survey.questionnaire.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * Mentors compared with mentees on one item.
 *
 * @param item the item id
 * @param text the question
 * @param test the test, or {@code null} when either group's figures are withheld
 * @param withheld why the comparison is withheld, or {@code null} when shown
 */
public record ItemComparison(String item, Bilingual text, @Nullable MannWhitney test, @Nullable Withheld withheld) {}
