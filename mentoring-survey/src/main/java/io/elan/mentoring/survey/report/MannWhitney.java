package io.elan.mentoring.survey.report;

/**
 * A two-sided Mann–Whitney U test of mentors against mentees, with the rank-biserial correlation as effect size
 * (positive when mentors answer higher). It says which p-value it shows, in the terms of SciPy's
 * {@code mannwhitneyu(method=…, use_continuity=…)}.
 *
 * @param mentors mentors who answered
 * @param mentees mentees who answered
 * @param u the U statistic of the mentors
 * @param p the two-sided p-value
 * @param rankBiserial the rank-biserial correlation, −1 to 1
 * @param method the method behind {@code p}: {@link MannWhitneyMethod#EXACT} or {@link MannWhitneyMethod#ASYMPTOTIC},
 *     never {@code AUTO}
 * @param continuityCorrection whether the asymptotic p-value is continuity-corrected; false for an exact one
 */
public record MannWhitney(int mentors, int mentees, double u, double p, double rankBiserial,
        MannWhitneyMethod method, boolean continuityCorrection) {}
