package io.elan.mentoring.survey.report;

/**
 * A share of respondents with its Wilson score 95% interval.
 *
 * @param count respondents counted
 * @param n respondents who answered
 * @param estimate count / n
 * @param lower the interval's lower bound
 * @param upper the interval's upper bound
 */
public record RespondentShare(long count, long n, double estimate, double lower, double upper) {}
