/**
 * How the report is written: wording in French and English, numbers and dates in the report's language, the page,
 * the SVG charts, their palettes and the CSV files. Not API.
 */
@NullMarked
package io.elan.mentoring.report.internal;

import org.jspecify.annotations.NullMarked;
