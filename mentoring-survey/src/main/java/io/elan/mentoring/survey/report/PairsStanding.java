package io.elan.mentoring.survey.report;

import io.elan.mentoring.spi.text.LocalizedText;
import java.util.List;

/**
 * Where the pairs stand, over the whole wave only so that no pair is ever exposed: the meeting-pace and relationship
 * items and a short reading of them.
 *
 * @param meetingPace the meeting-pace items
 * @param relationship the relationship items
 * @param reading one line per shown item, or a single line saying there are not enough answers
 */
public record PairsStanding(List<ItemResult> meetingPace, List<ItemResult> relationship,
        List<LocalizedText> reading) {
    /**
     * Copies the lists.
     *
     * @param meetingPace the meeting-pace items
     * @param relationship the relationship items
     * @param reading one line per shown item, or a single line saying there are not enough answers
     */
    public PairsStanding {
        meetingPace = List.copyOf(meetingPace);
        relationship = List.copyOf(relationship);
        reading = List.copyOf(reading);
    }
}
