/**
 * Anonymous collection: single-use response tokens, the registry that knows only who has not answered yet, and the
 * collector that validates answers and stores them under a keyed one-way derivation of the token.
 */
@NullMarked
package io.elan.mentoring.survey.collection;

import org.jspecify.annotations.NullMarked;
