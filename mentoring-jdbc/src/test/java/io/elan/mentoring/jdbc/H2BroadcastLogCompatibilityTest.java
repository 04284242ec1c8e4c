package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.tck.BroadcastLogCompatibilityKit;

class H2BroadcastLogCompatibilityTest extends BroadcastLogCompatibilityKit {
    @Override
    protected BroadcastLog log() {
        return TestDatabases.h2().broadcastLog();
    }
}
