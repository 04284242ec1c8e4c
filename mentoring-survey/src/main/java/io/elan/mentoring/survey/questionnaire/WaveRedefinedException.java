package io.elan.mentoring.survey.questionnaire;

import io.elan.mentoring.spi.ElanException;
import java.io.Serial;
import java.util.List;

/**
 * A wave id was used with another definition than the one the wave was opened with: other items, kinds, options,
 * tracks, scales or segment dimensions. Figures released under one definition could otherwise be combined with
 * figures released under another, so nothing was invited, released or stored. The message lists every difference.
 */
public class WaveRedefinedException extends ElanException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The wave whose definition was changed. */
    private final String wave;
    /** What differs from the pinned definition, one line each. */
    private final List<String> differences;

    /**
     * @param wave the wave id
     * @param differences each difference in words
     */
    public WaveRedefinedException(String wave, List<String> differences) {
        super("wave " + wave + " was opened with another definition; refused, nothing was done: "
                + String.join("; ", differences));
        this.wave = wave;
        this.differences = List.copyOf(differences);
    }

    /** @return the wave id */
    public String wave() {
        return wave;
    }

    /** @return each difference from the definition the wave was opened with, in words */
    public List<String> differences() {
        return differences;
    }
}
