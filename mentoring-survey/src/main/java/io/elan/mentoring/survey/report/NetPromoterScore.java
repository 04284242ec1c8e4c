package io.elan.mentoring.survey.report;

/**
 * The net promoter score: promoters (9–10) minus detractors (0–6), in points from −100 to 100, with a 95% Wald
 * interval for the difference of two shares of one sample.
 *
 * @param promoters answers of 9 or 10
 * @param passives answers of 7 or 8
 * @param detractors answers of 0 to 6
 * @param score the score
 * @param lower the interval's lower bound
 * @param upper the interval's upper bound
 */
public record NetPromoterScore(long promoters, long passives, long detractors, double score, double lower,
        double upper) {}
