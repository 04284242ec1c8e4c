package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.tck.OutboxCompatibilityKit;

/**
 * The kit against an outbox that refuses a delivery reported with an earlier claim: must fail. Run by
 * {@link KitSelfCheckTest}, never directly.
 */
public class LateDeliveryRefusingOutboxKitRun extends OutboxCompatibilityKit {
    private final Outbox outbox = new SimpleOutbox(SimpleOutbox.Flaw.REFUSES_LATE_DELIVERIES);

    @Override
    protected Outbox outbox() {
        return outbox;
    }
}
