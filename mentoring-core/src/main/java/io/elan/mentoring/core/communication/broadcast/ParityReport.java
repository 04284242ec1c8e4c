package io.elan.mentoring.core.communication.broadcast;

import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;
import java.util.List;

/**
 * Whether everyone in a broadcast's audience has the same information: who got it, on which channel, and who did not
 * and why. Immutable.
 *
 * @param broadcast the broadcast
 * @param audience the communities it was for
 * @param publishedAt when it was published
 * @param lines one line per member: everyone addressed, then active members not addressed yet; by person id
 */
public record ParityReport(BroadcastId broadcast, Audience audience, Instant publishedAt, List<ParityLine> lines) {

    /**
     * Copies the lines.
     *
     * @param broadcast the broadcast
     * @param audience the communities it was for
     * @param publishedAt when it was published
     * @param lines one line per member: everyone addressed, then active members not addressed yet; by person id
     */
    public ParityReport {
        Checks.present(broadcast, "broadcast");
        Checks.present(audience, "audience");
        Checks.present(publishedAt, "publishedAt");
        lines = List.copyOf(lines);
    }

    /**
     * @param status a status
     * @return the lines with that status
     */
    public List<ParityLine> withStatus(ParityStatus status) {
        return lines.stream().filter(l -> l.status() == status).toList();
    }

    /** @return whether every member of the audience got it */
    public boolean complete() {
        return lines.stream().allMatch(l -> l.status() == ParityStatus.DELIVERED);
    }
}
