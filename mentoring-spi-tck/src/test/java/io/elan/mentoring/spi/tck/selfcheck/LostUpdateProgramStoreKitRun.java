package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.tck.ProgramStoreCompatibilityKit;

/** The kit against a store that never checks versions, so concurrent updates are lost: must fail. Run by {@link KitSelfCheckTest}, never directly. */
public class LostUpdateProgramStoreKitRun extends ProgramStoreCompatibilityKit {
    private final ProgramStore store = new SimpleProgramStore(true, false);

    @Override
    protected ProgramStore store() {
        return store;
    }
}
