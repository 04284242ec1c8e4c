package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.tck.BroadcastLogCompatibilityKit;

/**
 * The kit against a log where the last publication and the last entry of a person win: must fail. Run by
 * {@link KitSelfCheckTest}, never directly.
 */
public class LastWinsBroadcastLogKitRun extends BroadcastLogCompatibilityKit {
    private final BroadcastLog log = new SimpleBroadcastLog(false);

    @Override
    protected BroadcastLog log() {
        return log;
    }
}
