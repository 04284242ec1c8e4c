package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.tck.ReleaseLedgerCompatibilityKit;

/** The kit against a correct ledger: must pass. Run by {@link KitSelfCheckTest}, never directly. */
public class SaneReleaseLedgerKitRun extends ReleaseLedgerCompatibilityKit {
    private final ReleaseLedger ledger = new SimpleReleaseLedger(true);

    @Override
    protected ReleaseLedger ledger() {
        return ledger;
    }
}
