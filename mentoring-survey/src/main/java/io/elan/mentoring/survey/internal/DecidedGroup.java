package io.elan.mentoring.survey.internal;

import io.elan.mentoring.survey.report.Withheld;
import java.util.BitSet;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the anonymity guard decided for one group of respondents: for its count and for each of its items and
 * scales, the rows the figure stands on, released or withheld with a reason. A withheld group has every figure
 * withheld: nothing computed from it may appear.
 *
 * @param selection the segment values that define the group; empty for the whole wave
 * @param respondents the group's count of respondents
 * @param items by item id, in questionnaire order, the items asked of the group
 * @param scales by scale id, in questionnaire order, the scales asked of the group
 */
public record DecidedGroup(Map<String, String> selection, Cell respondents, Map<String, Cell> items,
        Map<String, Cell> scales) {

    /**
     * One figure's decision.
     *
     * @param rows the rows of the current responses the figure stands on
     * @param withheld why it is withheld, or {@code null} when it is released
     */
    public record Cell(BitSet rows, @Nullable Withheld withheld) {
        /** @return whether the figure is released */
        public boolean released() {
            return withheld == null;
        }
    }

    /** @return whether the group itself, and so any of its figures, is released */
    public boolean released() {
        return respondents.released();
    }
}
