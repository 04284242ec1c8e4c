package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.privacy.ErasureReceipts;
import io.elan.mentoring.spi.tck.ErasureReceiptsCompatibilityKit;

/** The kit against a correct store of receipts: must pass. Run by {@link KitSelfCheckTest}, never directly. */
public class SaneErasureReceiptsKitRun extends ErasureReceiptsCompatibilityKit {
    private final ErasureReceipts receipts = new SimpleErasureReceipts(true);

    @Override
    protected ErasureReceipts receipts() {
        return receipts;
    }
}
