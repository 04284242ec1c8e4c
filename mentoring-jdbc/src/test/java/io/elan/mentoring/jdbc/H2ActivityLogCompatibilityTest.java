package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.tck.ActivityLogCompatibilityKit;

class H2ActivityLogCompatibilityTest extends ActivityLogCompatibilityKit {
    @Override
    protected ActivityLog log() {
        return TestDatabases.h2().activityLog();
    }
}
