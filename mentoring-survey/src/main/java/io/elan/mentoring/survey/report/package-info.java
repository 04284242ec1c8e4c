/**
 * Survey reports: plain records that serialise to JSON as they are, and their readable French or English text.
 * Every figure here has already passed the anonymity guard.
 */
@NullMarked
package io.elan.mentoring.survey.report;

import org.jspecify.annotations.NullMarked;
