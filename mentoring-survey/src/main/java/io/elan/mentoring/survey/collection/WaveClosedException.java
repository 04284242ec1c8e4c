package io.elan.mentoring.survey.collection;

import io.elan.mentoring.spi.ElanException;
import java.io.Serial;
import java.time.Instant;

/** A response or an invitation came outside the period in which the wave accepts it; nothing was stored. */
public class WaveClosedException extends ElanException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param wave the wave id
     * @param opensAt when the wave opens
     * @param closesAt when the wave closes
     * @param at when the request came
     */
    public WaveClosedException(String wave, Instant opensAt, Instant closesAt, Instant at) {
        super("wave " + wave + ": accepts responses from " + opensAt + " until " + closesAt + ", not at " + at);
    }
}
