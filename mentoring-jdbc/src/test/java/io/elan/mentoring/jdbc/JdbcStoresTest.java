package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.tck.KitFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("JdbcStores")
class JdbcStoresTest {

    @Test
    @DisplayName("an embedded H2 file database keeps what was stored after it is closed and opened again")
    void embeddedFile(@TempDir Path dir) {
        TenantId tenant = KitFixtures.freshTenant();
        Program stored;
        try (JdbcStores stores = JdbcStores.embeddedH2(dir.resolve("elan"))) {
            assertThat(stores.dialect()).isEqualTo(JdbcDialect.H2);
            stored = stores.programStore().saveProgram(KitFixtures.program(tenant, "p"));
        }
        assertThat(Files.exists(dir.resolve("elan.mv.db"))).isTrue();
        try (JdbcStores again = JdbcStores.embeddedH2(dir.resolve("elan.mv.db"))) {
            assertThat(again.programStore().findProgram(tenant, stored.id())).contains(stored);
            assertThat(JdbcStores.migrate(again.dataSource())).isZero();
        }
    }

    @Test
    @DisplayName("a file path holding ';', which H2 would read as a setting, is refused")
    void pathInjection(@TempDir Path dir) {
        assertThatThrownBy(() -> JdbcStores.embeddedH2(dir.resolve("elan;INIT=RUNSCRIPT FROM 'x'")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("file").hasMessageContaining("';'");
    }

    @Test
    @DisplayName("the dialect is detected from the database; a missing data source is refused by name")
    void builder() {
        assertThat(JdbcDialect.detect(TestDatabases.h2().dataSource())).isEqualTo(JdbcDialect.H2);
        assertThat(JdbcDialect.detect(TestDatabases.postgres().dataSource())).isEqualTo(JdbcDialect.POSTGRESQL);
        assertThatThrownBy(() -> JdbcStores.builder().build()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("dataSource");
        assertThat(JdbcDialect.POSTGRESQL.scriptLocation()).isEqualTo("db/elan/postgresql");
    }
}
