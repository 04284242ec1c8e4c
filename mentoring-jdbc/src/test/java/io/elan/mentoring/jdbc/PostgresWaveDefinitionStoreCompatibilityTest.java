package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.spi.tck.WaveDefinitionStoreCompatibilityKit;

class PostgresWaveDefinitionStoreCompatibilityTest extends WaveDefinitionStoreCompatibilityKit {
    @Override
    protected WaveDefinitionStore store() {
        return TestDatabases.postgres().waveDefinitionStore();
    }
}
