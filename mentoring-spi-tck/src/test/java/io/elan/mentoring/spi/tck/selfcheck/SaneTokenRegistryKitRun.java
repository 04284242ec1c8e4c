package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.tck.TokenRegistryCompatibilityKit;

/** The kit against a correct registry: must pass. Run by {@link KitSelfCheckTest}, never directly. */
public class SaneTokenRegistryKitRun extends TokenRegistryCompatibilityKit {
    private final TokenRegistry registry = new SimpleTokenRegistry(true);

    @Override
    protected TokenRegistry registry() {
        return registry;
    }
}
