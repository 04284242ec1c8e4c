package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.tck.ProgramStoreCompatibilityKit;

/** The kit against a store that ignores the tenant: must fail. Run by {@link KitSelfCheckTest}, never directly. */
public class TenantBlindProgramStoreKitRun extends ProgramStoreCompatibilityKit {
    private final ProgramStore store = new SimpleProgramStore(false, true);

    @Override
    protected ProgramStore store() {
        return store;
    }
}
