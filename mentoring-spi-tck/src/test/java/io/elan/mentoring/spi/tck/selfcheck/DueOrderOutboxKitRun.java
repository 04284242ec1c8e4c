package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.tck.OutboxCompatibilityKit;

/**
 * The kit against an outbox that takes orphaned claims only in due order, behind older pending messages: must fail.
 * Run by {@link KitSelfCheckTest}, never directly.
 */
public class DueOrderOutboxKitRun extends OutboxCompatibilityKit {
    private final Outbox outbox = new SimpleOutbox(SimpleOutbox.Flaw.ORPHANS_IN_DUE_ORDER);

    @Override
    protected Outbox outbox() {
        return outbox;
    }
}
