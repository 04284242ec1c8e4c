/**
 * Anonymous collection: single-use response tokens, the wave secrets, an in-memory token registry (the port is the
 * SPI's), and the collector that validates answers and stores them under a keyed one-way derivation of the token.
 */
@NullMarked
package io.elan.mentoring.survey.collection;

import org.jspecify.annotations.NullMarked;
