package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.tck.ActivityLogCompatibilityKit;

class InMemoryActivityLogCompatibilityTest extends ActivityLogCompatibilityKit {
    private final InMemoryActivityLog log = new InMemoryActivityLog();

    @Override
    protected ActivityLog log() {
        return log;
    }
}
