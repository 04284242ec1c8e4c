package io.elan.mentoring.survey.report;

/**
 * A difference of two shares with Newcombe's hybrid score 95% interval (Newcombe 1998, method 10).
 *
 * @param estimate now minus then
 * @param lower the interval's lower bound
 * @param upper the interval's upper bound
 */
public record ShareDifference(double estimate, double lower, double upper) {}
