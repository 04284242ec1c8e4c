package io.elan.mentoring.survey.anonymity;

import io.elan.mentoring.spi.ElanException;
import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.survey.report.Withheld;
import io.elan.mentoring.survey.report.WithheldReason;
import java.io.Serial;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A segment query was refused because its group, combined with figures already released from the wave, would let
 * fewer respondents than the threshold be told apart. Nothing was released. The message says why in English; the
 * reason and its explanation in French and English are at hand for a host to show.
 */
public class QueryRefusedException extends ElanException {
    @Serial
    private static final long serialVersionUID = 2L;

    /** Why the query was refused. */
    private final WithheldReason reason;
    /** The refusal in words, in French and English. */
    private final LocalizedText explanation;

    /**
     * @param selection the refused selection
     * @param withheld why it was refused
     */
    public QueryRefusedException(RespondentGroup selection, Withheld withheld) {
        super("selection " + new TreeMap<>(selection.segments()) + ": refused, nothing was released: "
                + withheld.explanation().in(Locale.ENGLISH));
        this.reason = withheld.reason();
        this.explanation = withheld.explanation();
    }

    /** @return why the query was refused */
    public WithheldReason reason() {
        return reason;
    }

    /** @return the reason in French and English */
    public LocalizedText explanation() {
        return explanation;
    }
}
