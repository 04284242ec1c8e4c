package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.tck.TokenRegistryCompatibilityKit;

/**
 * The kit against a registry that erases a person's invitations in every tenant: must fail. Run by
 * {@link KitSelfCheckTest}, never directly.
 */
public class TenantBlindErasingTokenRegistryKitRun extends TokenRegistryCompatibilityKit {
    private final TokenRegistry registry = new SimpleTokenRegistry(true, false);

    @Override
    protected TokenRegistry registry() {
        return registry;
    }
}
