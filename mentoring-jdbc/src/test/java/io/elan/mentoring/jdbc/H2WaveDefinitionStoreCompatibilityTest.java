package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.spi.tck.WaveDefinitionStoreCompatibilityKit;

class H2WaveDefinitionStoreCompatibilityTest extends WaveDefinitionStoreCompatibilityKit {
    @Override
    protected WaveDefinitionStore store() {
        return TestDatabases.h2().waveDefinitionStore();
    }
}
