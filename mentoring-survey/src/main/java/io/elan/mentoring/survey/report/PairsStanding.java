package io.elan.mentoring.survey.report;

import java.util.List;
import io.elan.mentoring.survey.questionnaire.Bilingual;

/**
 * Where the pairs stand, over the whole wave only so that no pair is ever exposed: the meeting-pace and relationship
 * items and a short reading of them.
 *
 * @param meetingPace the meeting-pace items
 * @param relationship the relationship items
 * @param reading one line per shown item
 */
public record PairsStanding(List<ItemResult> meetingPace, List<ItemResult> relationship, Bilingual reading) {
    /** Copies the lists. */
    public PairsStanding {
        meetingPace = List.copyOf(meetingPace);
        relationship = List.copyOf(relationship);
    }
}
