package io.elan.mentoring.scheduling;

import io.elan.mentoring.spi.program.Role;
import java.util.List;
import java.util.Optional;

/**
 * The dated calendar of one program: its touchpoints in start order, the questionnaire windows, the occurrences that
 * could not be planned and the gaps that could not be filled. The same inputs always give an equal calendar.
 *
 * @param window the program's dates and zone
 * @param touchpoints the touchpoints, by start then key
 * @param questionnaires the anonymous questionnaire windows, by opening
 * @param dropped the occurrences left out, each with its cause
 * @param unfilledGaps the gaps longer than the maximum that no capsule could fill
 */
public record ProgramCalendar(ProgramWindow window, List<PlannedTouchpoint> touchpoints,
        List<QuestionnaireWindow> questionnaires, List<DroppedOccurrence> dropped, List<UnfilledGap> unfilledGaps) {

    /**
     * Copies the lists.
     *
     * @param window the program's dates and zone
     * @param touchpoints the touchpoints, by start then key
     * @param questionnaires the anonymous questionnaire windows, by opening
     * @param dropped the occurrences left out, each with its cause
     * @param unfilledGaps the gaps longer than the maximum that no capsule could fill
     */
    public ProgramCalendar {
        touchpoints = List.copyOf(touchpoints);
        questionnaires = List.copyOf(questionnaires);
        dropped = List.copyOf(dropped);
        unfilledGaps = List.copyOf(unfilledGaps);
    }

    /**
     * @param key a touchpoint key
     * @return the touchpoint with that key, if planned
     */
    public Optional<PlannedTouchpoint> find(String key) {
        return touchpoints.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /**
     * @param role a community
     * @return the collective meetings that community takes part in, by start
     */
    public List<PlannedTouchpoint> collectiveMeetingsOf(Role role) {
        return touchpoints.stream().filter(t -> t.isCollectiveMeeting() && t.concerns(role)).toList();
    }

    /**
     * @param ruleId a ritual's id
     * @return the touchpoints that ritual produced, by start
     */
    public List<PlannedTouchpoint> ofRitual(String ruleId) {
        return touchpoints.stream().filter(t -> t.ruleId().equals(ruleId)).toList();
    }
}
