package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.tck.ActivityLogCompatibilityKit;

/** The kit against a correct log: must pass. Run by {@link KitSelfCheckTest}, never directly. */
public class SaneActivityLogKitRun extends ActivityLogCompatibilityKit {
    private final ActivityLog log = new SimpleActivityLog(true);

    @Override
    protected ActivityLog log() {
        return log;
    }
}
