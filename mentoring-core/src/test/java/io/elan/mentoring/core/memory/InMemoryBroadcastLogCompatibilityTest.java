package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.tck.BroadcastLogCompatibilityKit;

class InMemoryBroadcastLogCompatibilityTest extends BroadcastLogCompatibilityKit {
    private final InMemoryBroadcastLog log = new InMemoryBroadcastLog();

    @Override
    protected BroadcastLog log() {
        return log;
    }
}
