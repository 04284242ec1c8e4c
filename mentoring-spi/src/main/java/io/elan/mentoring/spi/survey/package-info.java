/**
 * Surveys as the ports see them: anonymous responses and {@link io.elan.mentoring.spi.survey.SurveyResponseStore},
 * the invitations of {@link io.elan.mentoring.spi.survey.TokenRegistry}, and the
 * {@link io.elan.mentoring.spi.survey.ReleaseLedger} of figures already released. A response carries no person
 * identifier, by construction; only an invitation names a person, and it is never joined to answers.
 */
@NullMarked
package io.elan.mentoring.spi.survey;

import org.jspecify.annotations.NullMarked;
