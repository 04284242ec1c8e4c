package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.tck.ReleaseLedgerCompatibilityKit;

/**
 * The kit against a ledger where an append replaces the sets a key had: must fail. Run by
 * {@link KitSelfCheckTest}, never directly.
 */
public class ForgetfulReleaseLedgerKitRun extends ReleaseLedgerCompatibilityKit {
    private final ReleaseLedger ledger = new SimpleReleaseLedger(false);

    @Override
    protected ReleaseLedger ledger() {
        return ledger;
    }
}
