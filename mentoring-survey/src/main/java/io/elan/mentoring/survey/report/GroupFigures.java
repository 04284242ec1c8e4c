package io.elan.mentoring.survey.report;

import org.jspecify.annotations.Nullable;

/**
 * How many of a group responded.
 *
 * @param respondents responses received
 * @param invited people invited, from the token registry
 * @param responseRate respondents / invited, or {@code null} when nobody of the group was invited through the registry
 */
public record GroupFigures(int respondents, int invited, @Nullable Double responseRate) {}
