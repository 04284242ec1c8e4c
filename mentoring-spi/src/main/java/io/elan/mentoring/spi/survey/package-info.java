/**
 * Anonymous survey responses and {@link io.elan.mentoring.spi.survey.SurveyResponseStore}, the port that keeps them.
 * A response carries no person identifier, by construction.
 */
@NullMarked
package io.elan.mentoring.spi.survey;

import org.jspecify.annotations.NullMarked;
