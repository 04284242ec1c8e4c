package io.elan.mentoring.survey.report;

import io.elan.mentoring.spi.text.LocalizedText;

/**
 * How many chose one point or option.
 *
 * @param value the point ({@code "4"}) or the option code
 * @param label its label
 * @param count how many chose it
 * @param share count / n
 */
public record ChoiceCount(String value, LocalizedText label, long count, double share) {}
