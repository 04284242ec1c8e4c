/**
 * The program's anonymous questionnaires as the engine runs them: each wave of the definition opens at its window,
 * every participant is invited through the outbox and reminded at most the configured number of times, responses are
 * taken, held and published, and reports leave only through the anonymity guard.
 */
@NullMarked
package io.elan.mentoring.core.survey;

import org.jspecify.annotations.NullMarked;
