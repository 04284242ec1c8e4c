package io.elan.mentoring.survey.report;

import org.jspecify.annotations.Nullable;

/**
 * Cronbach's alpha and mean score of a scale, over the respondents who answered every item of it.
 *
 * @param n respondents who answered every item
 * @param cronbachAlpha Cronbach's alpha, or {@code null} when the total score does not vary
 * @param mean the mean of the respondents' average item score
 */
public record ScaleFigures(int n, @Nullable Double cronbachAlpha, double mean) {}
