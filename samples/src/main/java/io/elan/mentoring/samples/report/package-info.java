/**
 * A self-contained HTML report for program managers, with SVG charts drawn by this code (no script, no external
 * asset): lines for weekly series, bars for rates, stacked bars for answer distributions.
 */
@NullMarked
package io.elan.mentoring.samples.report;

import org.jspecify.annotations.NullMarked;
