/**
 * The report's charts, drawn as inline SVG with no script: each has a title and a description for assistive
 * technologies, whole-number ticks for counts, dates on time axes, a labelled legend, and its values written out.
 * Not API.
 */
@NullMarked
package io.elan.mentoring.report.internal.chart;

import org.jspecify.annotations.NullMarked;
