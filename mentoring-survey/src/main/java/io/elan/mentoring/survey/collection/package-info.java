/**
 * Anonymous collection: single-use response tokens, the wave secrets, an in-memory token registry (the port is the
 * SPI's), and the collector that validates answers, holds them sealed and publishes them in shuffled batches that no
 * reader of the database can link to their respondents.
 */
@NullMarked
package io.elan.mentoring.survey.collection;

import org.jspecify.annotations.NullMarked;
