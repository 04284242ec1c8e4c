package io.elan.mentoring.survey.collection;

import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.tck.TokenRegistryCompatibilityKit;

class InMemoryTokenRegistryCompatibilityTest extends TokenRegistryCompatibilityKit {
    private final TokenRegistry registry = new InMemoryTokenRegistry();

    @Override
    protected TokenRegistry registry() {
        return registry;
    }
}
