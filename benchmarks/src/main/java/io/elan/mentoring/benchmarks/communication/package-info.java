/**
 * Benchmarks of communication: delivering the outbox and rendering messages.
 */
@NullMarked
package io.elan.mentoring.benchmarks.communication;

import org.jspecify.annotations.NullMarked;
