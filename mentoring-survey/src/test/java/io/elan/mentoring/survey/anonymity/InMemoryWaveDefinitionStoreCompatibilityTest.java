package io.elan.mentoring.survey.anonymity;

import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.spi.tck.WaveDefinitionStoreCompatibilityKit;

class InMemoryWaveDefinitionStoreCompatibilityTest extends WaveDefinitionStoreCompatibilityKit {
    private final WaveDefinitionStore store = new InMemoryWaveDefinitionStore();

    @Override
    protected WaveDefinitionStore store() {
        return store;
    }
}
