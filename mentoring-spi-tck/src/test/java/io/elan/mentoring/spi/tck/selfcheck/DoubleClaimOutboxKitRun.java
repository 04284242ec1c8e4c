package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.tck.OutboxCompatibilityKit;

/** The kit against an outbox that hands a claimed message to a second caller: must fail. Run by {@link KitSelfCheckTest}, never directly. */
public class DoubleClaimOutboxKitRun extends OutboxCompatibilityKit {
    private final Outbox outbox = new SimpleOutbox(SimpleOutbox.Flaw.IGNORES_LEASES);

    @Override
    protected Outbox outbox() {
        return outbox;
    }
}
