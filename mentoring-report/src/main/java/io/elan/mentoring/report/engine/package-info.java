/**
 * Reads a program's report input from the engine: the one place that knows the engine's API, so that the report
 * itself depends only on its own model.
 */
@NullMarked
package io.elan.mentoring.report.engine;

import org.jspecify.annotations.NullMarked;
