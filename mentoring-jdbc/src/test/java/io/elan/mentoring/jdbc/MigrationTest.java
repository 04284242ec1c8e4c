package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.jdbc.internal.SchemaMigrator;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SealedResponse;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.WaveDefinition;
import io.elan.mentoring.spi.tck.KitFixtures;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("schema migration")
class MigrationTest {

    private static final List<String> TABLES = List.of("elan_activity_event", "elan_attendance",
            "elan_broadcast", "elan_broadcast_addressee", "elan_checkpoint_call", "elan_hotline_request", "elan_outbox", "elan_pair", "elan_participant",
            "elan_program", "elan_schema_history", "elan_survey_invitation", "elan_survey_release",
            "elan_survey_response", "elan_touchpoint");

    @ParameterizedTest
    @EnumSource(JdbcDialect.class)
    @DisplayName("a first run applies every script, a second applies none, and the stores work on the result")
    void idempotent(JdbcDialect dialect) throws SQLException {
        DataSource db = TestDatabases.freshDatabase(dialect);
        assertThat(JdbcStores.migrate(db)).isEqualTo(SchemaMigrator.SCRIPTS.size());
        assertThat(JdbcStores.migrate(db)).isZero();
        assertThat(elanTables(db)).containsAll(TABLES);
        assertThat(history(db)).containsExactlyElementsOf(SchemaMigrator.SCRIPTS);
        TenantId tenant = KitFixtures.freshTenant();
        JdbcStores stores = JdbcStores.builder().dataSource(db).build();
        assertThat(stores.dialect()).isEqualTo(dialect);
        assertThat(stores.programStore().saveProgram(KitFixtures.program(tenant, "p")).version()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(JdbcDialect.class)
    @DisplayName("two nodes migrating the same empty database at once end with one correct schema")
    void concurrent(JdbcDialect dialect) throws Exception {
        for (int round = 0; round < 3; round++) {
            DataSource db = TestDatabases.freshDatabase(dialect);
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<Integer> node = () -> {
                start.await();
                return JdbcStores.migrate(db, dialect);
            };
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> runs = pool.invokeAll(List.of(node, node));
                int applied = 0;
                for (Future<Integer> run : runs) {
                    applied += run.get();
                }
                assertThat(applied).as("scripts applied by both nodes together").isEqualTo(SchemaMigrator.SCRIPTS.size());
            } finally {
                pool.shutdownNow();
            }
            assertThat(elanTables(db)).containsAll(TABLES);
            assertThat(history(db)).containsExactlyElementsOf(SchemaMigrator.SCRIPTS);
        }
    }

    @ParameterizedTest
    @EnumSource(JdbcDialect.class)
    @DisplayName("a database of the first schema version gets the broadcast, survey state, wave definition and held"
            + " response tables, its data kept, and the broadcast log, the token registry, the release ledger, the wave"
            + " definitions and holding work on it")
    void upgradeFromFirstVersion(JdbcDialect dialect) throws SQLException {
        DataSource db = TestDatabases.freshDatabase(dialect);
        JdbcStores.migrate(db, dialect);
        TenantId tenant = KitFixtures.freshTenant();
        JdbcStores.builder().dataSource(db).build().programStore().saveProgram(KitFixtures.program(tenant, "p"));
        // Back to what a host that applied only the first script has.
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE elan_survey_held");
            s.executeUpdate("DROP TABLE elan_survey_wave");
            s.executeUpdate("DROP TABLE elan_survey_release");
            s.executeUpdate("DROP TABLE elan_survey_invitation");
            s.executeUpdate("DROP TABLE elan_broadcast_addressee");
            s.executeUpdate("DROP TABLE elan_broadcast");
            s.executeUpdate("DROP INDEX elan_outbox_in_flight");
            s.executeUpdate("ALTER TABLE elan_outbox DROP COLUMN recipient_zone");
            s.executeUpdate("ALTER TABLE elan_outbox DROP COLUMN recipient_locale_tag");
            s.executeUpdate("DELETE FROM elan_schema_history WHERE version > 1");
        }
        assertThat(history(db)).containsExactly("V1__elan_schema.sql");

        assertThat(JdbcStores.migrate(db, dialect)).isEqualTo(SchemaMigrator.SCRIPTS.size() - 1);

        assertThat(history(db)).containsExactlyElementsOf(SchemaMigrator.SCRIPTS);
        JdbcStores stores = JdbcStores.builder().dataSource(db).build();
        assertThat(stores.programStore().findProgram(tenant, ProgramId.of("p"))).isPresent();
        PublishedBroadcast b = KitFixtures.broadcast(ProgramId.of("p"), "b1", "Bienvenue", KitFixtures.T0);
        assertThat(stores.broadcastLog().publish(tenant, b)).isEqualTo(b);
        assertThat(stores.broadcastLog().find(tenant, ProgramId.of("p"), BroadcastId.of("b1"))).contains(b);
        Invitation invitation = KitFixtures.invitation("ana", "t1");
        assertThat(stores.tokenRegistry().issueIfAbsent(tenant, ProgramId.of("p"), "mid-point", invitation))
                .isEqualTo(invitation);
        stores.releaseLedger().append(tenant, ProgramId.of("p"), "mid-point", Map.of("respondents",
                List.of(new long[] {1, 2, 3})));
        assertThat(stores.releaseLedger().released(tenant, ProgramId.of("p"), "mid-point").get("respondents"))
                .singleElement().isEqualTo(new long[] {1, 2, 3});
        SealedResponse sealed = new SealedResponse(ResponseToken.of("h1"), "group", new byte[] {1, 2, 3});
        assertThat(stores.surveyResponseStore().hold(tenant, ProgramId.of("p"), "mid-point", sealed)).isTrue();
        assertThat(stores.surveyResponseStore().held(tenant, ProgramId.of("p"), "mid-point")).containsExactly(sealed);
        WaveDefinition definition = new WaveDefinition("mid-point", List.of(new WaveDefinition.Item("pace.suits",
                "LIKERT_5", "EVERYONE", List.of())), List.of(), List.of(Segments.ROLE));
        assertThat(stores.waveDefinitionStore().pinIfAbsent(tenant, ProgramId.of("p"), "mid-point", definition))
                .isEqualTo(definition);
    }

    @ParameterizedTest
    @EnumSource(JdbcDialect.class)
    @DisplayName("a database whose applied script differs from this version's is refused with the script named")
    void checksumMismatch(JdbcDialect dialect) throws SQLException {
        DataSource db = TestDatabases.freshDatabase(dialect);
        JdbcStores.migrate(db, dialect);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE elan_schema_history SET checksum = checksum + 1 WHERE version = 1");
        }
        assertThatThrownBy(() -> JdbcStores.migrate(db, dialect))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("V1__elan_schema.sql")
                .hasMessageContaining("checksum");
    }

    @Test
    @DisplayName("the migrator knows exactly the scripts of each dialect's folder, named as Flyway expects")
    void scriptsMatchFolders() throws IOException, URISyntaxException {
        for (JdbcDialect dialect : JdbcDialect.values()) {
            URL folder = getClass().getClassLoader().getResource(dialect.scriptLocation());
            assertThat(folder).as(dialect.scriptLocation()).isNotNull();
            List<String> names;
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                names = files.map(f -> f.getFileName().toString()).sorted().toList();
            }
            assertThat(names).containsExactlyElementsOf(SchemaMigrator.SCRIPTS);
            assertThat(names).allMatch(n -> n.matches("V\\d+__[A-Za-z0-9_]+\\.sql"));
        }
    }

    private static List<String> elanTables(DataSource db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (name.startsWith("elan_")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private static List<String> history(DataSource db) throws SQLException {
        List<String> scripts = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT script FROM elan_schema_history ORDER BY version")) {
            while (rs.next()) {
                scripts.add(rs.getString(1));
            }
        }
        return scripts;
    }
}
