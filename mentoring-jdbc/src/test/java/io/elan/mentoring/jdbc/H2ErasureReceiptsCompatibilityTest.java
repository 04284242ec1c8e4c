package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.privacy.ErasureReceipts;
import io.elan.mentoring.spi.tck.ErasureReceiptsCompatibilityKit;

class H2ErasureReceiptsCompatibilityTest extends ErasureReceiptsCompatibilityKit {
    @Override
    protected ErasureReceipts receipts() {
        return TestDatabases.h2().erasureReceipts().orElseThrow();
    }
}
