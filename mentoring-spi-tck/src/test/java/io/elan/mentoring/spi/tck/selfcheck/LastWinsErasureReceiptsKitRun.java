package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.privacy.ErasureReceipts;
import io.elan.mentoring.spi.tck.ErasureReceiptsCompatibilityKit;

/**
 * The kit against a store where a receipt recorded again replaces the first: must fail. Run by
 * {@link KitSelfCheckTest}, never directly.
 */
public class LastWinsErasureReceiptsKitRun extends ErasureReceiptsCompatibilityKit {
    private final ErasureReceipts receipts = new SimpleErasureReceipts(false);

    @Override
    protected ErasureReceipts receipts() {
        return receipts;
    }
}
