package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.core.communication.ParityReport;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The pair that joined the program late, and what the engine did so that they know what the others know.
 *
 * @param pair the pair
 * @param joined the day they were enrolled
 * @param digests the catch-up digests that left for them
 * @param parity who got the mentees' first monthly message, and how, as read at the end of the run
 */
record LateJoiners(SyntheticPair pair, LocalDate joined, List<RecordingGateway.Sent> digests,
        @Nullable ParityReport parity) {

    /** Copies the digests. */
    LateJoiners {
        digests = List.copyOf(digests);
    }

    /**
     * @param report the parity report read at the end
     * @return these late joiners with it
     */
    LateJoiners withParity(ParityReport report) {
        return new LateJoiners(pair, joined, digests, report);
    }
}
