package io.elan.mentoring.core.communication;

import java.time.Instant;
import java.util.Objects;

/**
 * A broadcast as the {@link BroadcastLog} keeps it: what was published and when.
 *
 * @param broadcast what was published
 * @param publishedAt when it was first published
 */
public record PublishedBroadcast(Broadcast broadcast, Instant publishedAt) {
    /** Validates that both fields are present. */
    public PublishedBroadcast {
        Objects.requireNonNull(broadcast, "broadcast");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
