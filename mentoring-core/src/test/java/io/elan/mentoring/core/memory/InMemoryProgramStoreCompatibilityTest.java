package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.tck.ProgramStoreCompatibilityKit;

class InMemoryProgramStoreCompatibilityTest extends ProgramStoreCompatibilityKit {
    private final InMemoryProgramStore store = new InMemoryProgramStore();

    @Override
    protected ProgramStore store() {
        return store;
    }
}
