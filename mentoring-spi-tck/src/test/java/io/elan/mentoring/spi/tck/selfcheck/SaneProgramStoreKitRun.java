package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.tck.ProgramStoreCompatibilityKit;

/** The kit against a correct store: must pass. Run by {@link KitSelfCheckTest}, never directly. */
public class SaneProgramStoreKitRun extends ProgramStoreCompatibilityKit {
    private final ProgramStore store = new SimpleProgramStore(true, true);

    @Override
    protected ProgramStore store() {
        return store;
    }
}
