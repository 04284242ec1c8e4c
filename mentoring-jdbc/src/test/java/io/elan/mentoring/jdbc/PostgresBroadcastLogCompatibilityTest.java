package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.tck.BroadcastLogCompatibilityKit;

class PostgresBroadcastLogCompatibilityTest extends BroadcastLogCompatibilityKit {
    @Override
    protected BroadcastLog log() {
        return TestDatabases.postgres().broadcastLog();
    }
}
