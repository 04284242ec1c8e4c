package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.tck.ActivityLogCompatibilityKit;

/** The kit against a log that appends a duplicate event: must fail. Run by {@link KitSelfCheckTest}, never directly. */
public class DuplicatingActivityLogKitRun extends ActivityLogCompatibilityKit {
    private final ActivityLog log = new SimpleActivityLog(false);

    @Override
    protected ActivityLog log() {
        return log;
    }
}
