package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.tck.ProgramStoreCompatibilityKit;

class PostgresProgramStoreCompatibilityTest extends ProgramStoreCompatibilityKit {
    @Override
    protected ProgramStore store() {
        return TestDatabases.postgres().programStore();
    }
}
