package io.elan.mentoring.survey.internal.stats;

/**
 * A point estimate with a two-sided confidence interval.
 *
 * @param estimate the point estimate
 * @param lower the lower bound
 * @param upper the upper bound
 */
public record Interval(double estimate, double lower, double upper) {}
