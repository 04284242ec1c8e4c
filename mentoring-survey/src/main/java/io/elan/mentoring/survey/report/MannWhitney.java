package io.elan.mentoring.survey.report;

/**
 * A Mann–Whitney U test of mentors against mentees: normal approximation with tie correction and continuity
 * correction, two-sided; rank-biserial correlation as effect size (positive when mentors answer higher).
 *
 * @param mentors mentors who answered
 * @param mentees mentees who answered
 * @param u the U statistic of the mentors
 * @param p the two-sided p-value
 * @param rankBiserial the rank-biserial correlation, −1 to 1
 */
public record MannWhitney(int mentors, int mentees, double u, double p, double rankBiserial) {}
