package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.tck.TokenRegistryCompatibilityKit;

class PostgresTokenRegistryCompatibilityTest extends TokenRegistryCompatibilityKit {
    @Override
    protected TokenRegistry registry() {
        return TestDatabases.postgres().tokenRegistry();
    }
}
