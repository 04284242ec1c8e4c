package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.tck.OutboxCompatibilityKit;

/** The kit against a correct outbox: must pass. Run by {@link KitSelfCheckTest}, never directly. */
public class SaneOutboxKitRun extends OutboxCompatibilityKit {
    private final Outbox outbox = new SimpleOutbox(SimpleOutbox.Flaw.NONE);

    @Override
    protected Outbox outbox() {
        return outbox;
    }
}
