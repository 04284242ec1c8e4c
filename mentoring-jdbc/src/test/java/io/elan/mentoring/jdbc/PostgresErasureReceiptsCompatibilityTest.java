package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.privacy.ErasureReceipts;
import io.elan.mentoring.spi.tck.ErasureReceiptsCompatibilityKit;

class PostgresErasureReceiptsCompatibilityTest extends ErasureReceiptsCompatibilityKit {
    @Override
    protected ErasureReceipts receipts() {
        return TestDatabases.postgres().erasureReceipts().orElseThrow();
    }
}
