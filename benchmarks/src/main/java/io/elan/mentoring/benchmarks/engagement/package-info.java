/**
 * JMH benchmarks of disengagement detection: event ingestion, assessment of a large program, state size, and a naive
 * recomputation over raw events for comparison.
 */
@NullMarked
package io.elan.mentoring.benchmarks.engagement;

import org.jspecify.annotations.NullMarked;
