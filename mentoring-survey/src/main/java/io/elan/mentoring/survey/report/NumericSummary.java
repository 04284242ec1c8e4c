package io.elan.mentoring.survey.report;

/**
 * Location and spread of a numeric item. Quartiles follow Hyndman and Fan (1996) definition 7 (linear interpolation
 * between order statistics at h = (n − 1)·p, the default of R and NumPy).
 *
 * @param mean the arithmetic mean
 * @param median the 0.5 quantile
 * @param lowerQuartile the 0.25 quantile
 * @param upperQuartile the 0.75 quantile
 * @param interquartileRange upper minus lower quartile
 */
public record NumericSummary(double mean, double median, double lowerQuartile, double upperQuartile,
        double interquartileRange) {}
