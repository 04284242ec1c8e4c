package io.elan.mentoring.survey.anonymity;

import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.tck.ReleaseLedgerCompatibilityKit;

class InMemoryReleaseLedgerCompatibilityTest extends ReleaseLedgerCompatibilityKit {
    private final ReleaseLedger ledger = new InMemoryReleaseLedger();

    @Override
    protected ReleaseLedger ledger() {
        return ledger;
    }
}
