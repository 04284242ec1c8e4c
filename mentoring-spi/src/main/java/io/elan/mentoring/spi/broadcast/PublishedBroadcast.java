package io.elan.mentoring.spi.broadcast;

import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;

/**
 * A broadcast as the {@link BroadcastLog} keeps it: what was published and when.
 *
 * @param broadcast what was published
 * @param publishedAt when it was first published
 */
public record PublishedBroadcast(Broadcast broadcast, Instant publishedAt) {
    /**
     * Validates that both fields are present.
     *
     * @param broadcast what was published
     * @param publishedAt when it was first published
     */
    public PublishedBroadcast {
        Checks.present(broadcast, "broadcast");
        Checks.instant(publishedAt, "publishedAt");
    }
}
