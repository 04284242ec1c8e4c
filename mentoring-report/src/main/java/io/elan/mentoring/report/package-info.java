/**
 * The programme report: one self-contained HTML page and CSV exports a host shows its programme managers, rendered by
 * {@link io.elan.mentoring.report.ProgramReport} from a {@link io.elan.mentoring.report.model.ReportInput} in the
 * program's language.
 */
@NullMarked
package io.elan.mentoring.report;

import org.jspecify.annotations.NullMarked;
