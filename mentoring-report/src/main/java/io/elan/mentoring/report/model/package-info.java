/**
 * What the report is made from: the report's own values (pairs with their findings and history, weeks, sessions,
 * messages, the calendar and the survey figures as released), filled from the engine by
 * {@link io.elan.mentoring.report.engine.ElanReportReader} or by a host from its own records. Texts in these values
 * are already in the report's language.
 */
@NullMarked
package io.elan.mentoring.report.model;

import org.jspecify.annotations.NullMarked;
