/**
 * Surveys as the ports see them: anonymous responses and {@link io.elan.mentoring.spi.survey.SurveyResponseStore},
 * the invitations of {@link io.elan.mentoring.spi.survey.TokenRegistry}, the
 * {@link io.elan.mentoring.spi.survey.ReleaseLedger} of figures already released, and the
 * {@link io.elan.mentoring.spi.survey.WaveDefinitionStore} of the definition each wave was opened with. A response
 * carries no person identifier, by construction; only an invitation names a person, and it is never joined to answers.
 * A submission waits as a {@link io.elan.mentoring.spi.survey.SealedResponse} until it is published in a shuffled
 * batch, so that not even the database's row order links an answer to its respondent.
 */
@NullMarked
package io.elan.mentoring.spi.survey;

import org.jspecify.annotations.NullMarked;
