package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.tck.TokenRegistryCompatibilityKit;

/**
 * The kit against a registry where a person's last invitation replaces the first: must fail. Run by
 * {@link KitSelfCheckTest}, never directly.
 */
public class LastWinsTokenRegistryKitRun extends TokenRegistryCompatibilityKit {
    private final TokenRegistry registry = new SimpleTokenRegistry(false);

    @Override
    protected TokenRegistry registry() {
        return registry;
    }
}
