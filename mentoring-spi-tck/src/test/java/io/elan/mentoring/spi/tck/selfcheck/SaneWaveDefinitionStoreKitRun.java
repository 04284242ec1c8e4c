package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.spi.tck.WaveDefinitionStoreCompatibilityKit;

/** The kit against a correct wave definition store: must pass. Run by {@link KitSelfCheckTest}, never directly. */
public class SaneWaveDefinitionStoreKitRun extends WaveDefinitionStoreCompatibilityKit {
    private final WaveDefinitionStore store = new SimpleWaveDefinitionStore(true);

    @Override
    protected WaveDefinitionStore store() {
        return store;
    }
}
