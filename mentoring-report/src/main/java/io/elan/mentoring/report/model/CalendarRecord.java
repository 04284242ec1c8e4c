package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.validation.Checks;
import java.util.Comparator;
import java.util.List;

/**
 * The program's calendar as planned.
 *
 * @param entries every planned touchpoint, by start
 * @param closures the company's closures and breaks the calendar was planned around
 * @param surveyWindows when the anonymous questionnaires are open
 * @param notKept what the calendar could not keep (occurrences dropped, gaps left), one sentence each
 */
public record CalendarRecord(List<CalendarEntry> entries, List<Closure> closures, List<SurveyWindow> surveyWindows,
        List<String> notKept) {
    /**
     * Validates and copies every list, the entries by start.
     *
     * @param entries every planned touchpoint, by start
     * @param closures the company's closures and breaks the calendar was planned around
     * @param surveyWindows when the anonymous questionnaires are open
     * @param notKept what the calendar could not keep (occurrences dropped, gaps left), one sentence each
     */
    public CalendarRecord {
        entries = Checks.present(entries, "entries").stream()
                .sorted(Comparator.comparing(e -> e.start().toInstant())).toList();
        closures = List.copyOf(Checks.present(closures, "closures"));
        surveyWindows = List.copyOf(Checks.present(surveyWindows, "surveyWindows"));
        notKept = List.copyOf(Checks.present(notKept, "notKept"));
    }
}
