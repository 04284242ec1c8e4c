package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.tck.ReleaseLedgerCompatibilityKit;

class H2ReleaseLedgerCompatibilityTest extends ReleaseLedgerCompatibilityKit {
    @Override
    protected ReleaseLedger ledger() {
        return TestDatabases.h2().releaseLedger();
    }
}
