package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.tck.OutboxCompatibilityKit;

class H2OutboxCompatibilityTest extends OutboxCompatibilityKit {
    @Override
    protected Outbox outbox() {
        return TestDatabases.h2().outbox();
    }
}
