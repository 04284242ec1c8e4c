package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.spi.tck.WaveDefinitionStoreCompatibilityKit;

/**
 * The kit against a store where a wave's last definition replaces the first: must fail. Run by
 * {@link KitSelfCheckTest}, never directly.
 */
public class LastWinsWaveDefinitionStoreKitRun extends WaveDefinitionStoreCompatibilityKit {
    private final WaveDefinitionStore store = new SimpleWaveDefinitionStore(false);

    @Override
    protected WaveDefinitionStore store() {
        return store;
    }
}
