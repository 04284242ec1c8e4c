package io.elan.mentoring.survey.report;

import org.jspecify.annotations.Nullable;

/**
 * How an item moved since the previous wave, for the same group.
 *
 * @param previousWave the wave compared with
 * @param previousN how many answered then
 * @param previousMean the mean then
 * @param meanChange now minus then
 * @param favourableChange the change of the favourable share with Newcombe's 95% interval, or {@code null}
 */
public record ChangeSincePreviousWave(String previousWave, int previousN, double previousMean, double meanChange,
        @Nullable ShareDifference favourableChange) {}
