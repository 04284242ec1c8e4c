/**
 * The statistics behind survey reports, each with one documented definition: quantiles, Wilson and Newcombe
 * intervals, the net promoter score, Cronbach's alpha and the Mann–Whitney test. Not API.
 */
@NullMarked
package io.elan.mentoring.survey.internal.stats;

import org.jspecify.annotations.NullMarked;
