package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.survey.SurveyWave;
import io.elan.mentoring.scheduling.PlanningConstraints;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.survey.report.SurveyReport;
import java.util.List;
import java.util.Map;

/**
 * Everything a run leaves for the outputs.
 *
 * @param program the program
 * @param calendar the program calendar, as the engine planned it
 * @param calendarIcs the calendar as the engine exported it, in the outputs' language
 * @param constraints the company calendar it was planned in
 * @param held the collective touchpoints that took place, in order
 * @param assessment the engagement assessment on the closing day, with the weekly momentum series
 * @param survey the mid-point survey report, as the anonymity guard released it
 * @param surveyWave the mid-point questionnaire's wave: its window, how many were invited and how many answered
 * @param messages every message that left, in order
 * @param names each person's display name, the program team included
 * @param behaviours how each pair was made to behave, by pair id: what detection should find
 * @param lateJoiners the pair that joined late, their catch-up and the parity of the first monthly message
 * @param timeline one progress line per month
 * @param total what the host did over the whole run
 */
record SimulationOutcome(ProgramId program, ProgramCalendar calendar, String calendarIcs,
        PlanningConstraints constraints, List<HeldTouchpoint> held, ProgramAssessment assessment, SurveyReport survey,
        SurveyWave surveyWave, List<RecordingGateway.Sent> messages, Map<PersonId, String> names,
        Map<PairId, PairBehaviour> behaviours, LateJoiners lateJoiners, List<String> timeline, Tally total) {

    /** Copies the collections. */
    SimulationOutcome {
        held = List.copyOf(held);
        messages = List.copyOf(messages);
        names = Map.copyOf(names);
        behaviours = Map.copyOf(behaviours);
        timeline = List.copyOf(timeline);
    }

    /**
     * @param person a person
     * @return their display name, or their id if the directory does not know them
     */
    String nameOf(PersonId person) {
        return names.getOrDefault(person, person.value());
    }
}
