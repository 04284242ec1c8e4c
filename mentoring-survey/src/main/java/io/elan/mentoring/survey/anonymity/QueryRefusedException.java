package io.elan.mentoring.survey.anonymity;

import io.elan.mentoring.spi.ElanException;
import java.io.Serial;

/**
 * A segment query was refused because its answer, combined with figures already released, would expose fewer
 * respondents than the threshold. Nothing was released.
 */
public class QueryRefusedException extends ElanException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param selection the refused selection
     * @param threshold k
     */
    public QueryRefusedException(Selection selection, int threshold) {
        super("selection " + selection.segments() + ": refused, it differs from an already released overlapping "
                + "selection by fewer than " + threshold + " respondents");
    }
}
