package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.tck.BroadcastLogCompatibilityKit;

/** The kit against a correct log: must pass. Run by {@link KitSelfCheckTest}, never directly. */
public class SaneBroadcastLogKitRun extends BroadcastLogCompatibilityKit {
    private final BroadcastLog log = new SimpleBroadcastLog(true);

    @Override
    protected BroadcastLog log() {
        return log;
    }
}
