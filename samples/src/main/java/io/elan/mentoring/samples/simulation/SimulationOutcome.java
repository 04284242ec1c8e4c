package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.report.model.ReportInput;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.survey.report.SurveyReport;
import java.util.List;
import java.util.Map;

/**
 * Everything a run leaves for the outputs.
 *
 * @param program the program
 * @param calendar the program calendar, as the engine planned it
 * @param calendarIcs the calendar as the engine exported it, in the outputs' language
 * @param assessment the engagement assessment on the closing day
 * @param survey the mid-point survey report, as the anonymity guard released it
 * @param messages every message that left, in order
 * @param names each person's display name, the program team included
 * @param report what the programme report is made from, read from the engine at the end of the run
 */
record SimulationOutcome(ProgramId program, ProgramCalendar calendar, String calendarIcs,
        ProgramAssessment assessment, SurveyReport survey, List<RecordingGateway.Sent> messages,
        Map<PersonId, String> names, ReportInput report) {

    /** Copies the collections. */
    SimulationOutcome {
        messages = List.copyOf(messages);
        names = Map.copyOf(names);
    }

    /**
     * @param person a person
     * @return their display name, or their id if the directory does not know them
     */
    String nameOf(PersonId person) {
        return names.getOrDefault(person, person.value());
    }
}
