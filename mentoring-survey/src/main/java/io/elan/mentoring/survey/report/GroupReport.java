package io.elan.mentoring.survey.report;

import io.elan.mentoring.spi.text.LocalizedText;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The results of one group of respondents: the whole wave, a role, a cohort or a segment query.
 *
 * @param selection the segment values that define the group; empty for the whole wave
 * @param name the group's name
 * @param figures how many responded, or {@code null} when withheld
 * @param withheld why the count is withheld, or {@code null} when shown
 * @param items one result per item asked of the group
 * @param scales one result per scale asked of the group
 */
public record GroupReport(Map<String, String> selection, LocalizedText name, @Nullable GroupFigures figures,
        @Nullable Withheld withheld, List<ItemResult> items, List<ScaleResult> scales) {
    /**
     * Copies the collections.
     *
     * @param selection the segment values that define the group; empty for the whole wave
     * @param name the group's name
     * @param figures how many responded, or {@code null} when withheld
     * @param withheld why the count is withheld, or {@code null} when shown
     * @param items one result per item asked of the group
     * @param scales one result per scale asked of the group
     */
    public GroupReport {
        selection = Map.copyOf(selection);
        items = List.copyOf(items);
        scales = List.copyOf(scales);
    }
}
