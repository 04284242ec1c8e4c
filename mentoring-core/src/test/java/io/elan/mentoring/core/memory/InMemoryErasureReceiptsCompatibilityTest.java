package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.privacy.ErasureReceipts;
import io.elan.mentoring.spi.tck.ErasureReceiptsCompatibilityKit;

class InMemoryErasureReceiptsCompatibilityTest extends ErasureReceiptsCompatibilityKit {
    private final InMemoryErasureReceipts receipts = new InMemoryErasureReceipts();

    @Override
    protected ErasureReceipts receipts() {
        return receipts;
    }
}
