/**
 * Benchmarks of matching: the optimal proposal beside the greedy matcher a vendor writes first.
 */
@NullMarked
package io.elan.mentoring.benchmarks.matching;

import org.jspecify.annotations.NullMarked;
