package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.tck.OutboxCompatibilityKit;

/**
 * The kit against an outbox that stores a message under a tenant it does not belong to: must fail. Run by
 * {@link KitSelfCheckTest}, never directly.
 */
public class TenantBlindOutboxKitRun extends OutboxCompatibilityKit {
    private final Outbox outbox = new SimpleOutbox(SimpleOutbox.Flaw.ACCEPTS_OTHER_TENANTS_MESSAGES);

    @Override
    protected Outbox outbox() {
        return outbox;
    }
}
