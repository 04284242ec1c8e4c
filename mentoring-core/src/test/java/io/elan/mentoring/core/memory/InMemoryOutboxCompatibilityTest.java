package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.tck.OutboxCompatibilityKit;

class InMemoryOutboxCompatibilityTest extends OutboxCompatibilityKit {
    private final InMemoryOutbox outbox = new InMemoryOutbox();

    @Override
    protected Outbox outbox() {
        return outbox;
    }
}
