package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.tck.ActivityLogCompatibilityKit;

class PostgresActivityLogCompatibilityTest extends ActivityLogCompatibilityKit {
    @Override
    protected ActivityLog log() {
        return TestDatabases.postgres().activityLog();
    }
}
