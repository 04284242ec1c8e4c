package io.elan.mentoring.core.communication;

import io.elan.mentoring.core.communication.internal.Required;
import java.time.Instant;

/**
 * A broadcast as the {@link BroadcastLog} keeps it: what was published and when.
 *
 * @param broadcast what was published
 * @param publishedAt when it was first published
 */
public record PublishedBroadcast(Broadcast broadcast, Instant publishedAt) {
    /** Validates that both fields are present. */
    public PublishedBroadcast {
        Required.present(broadcast, "broadcast");
        Required.present(publishedAt, "publishedAt");
    }
}
