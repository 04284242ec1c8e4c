/** The wording of survey reports, shared by the report's text and the figures computed for it. Not API. */
@NullMarked
package io.elan.mentoring.survey.report.internal;

import org.jspecify.annotations.NullMarked;
