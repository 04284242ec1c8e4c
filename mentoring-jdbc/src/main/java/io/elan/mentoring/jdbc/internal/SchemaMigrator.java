package io.elan.mentoring.jdbc.internal;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned schema scripts of a dialect that a database does not have yet, recording each in
 * {@code elan_schema_history} with its checksum. Safe to run again (nothing left to apply) and from several nodes at
 * once: migrations run one at a time under a database-wide lock.
 *
 * <ul>
 *   <li>PostgreSQL: a transaction-scoped advisory lock, then every pending script and its history row in that same
 *       transaction, so a failed migration leaves nothing behind.</li>
 *   <li>H2 commits each DDL statement on its own, so the lock is a row of {@code elan_schema_lock} held
 *       {@code FOR UPDATE} by a second connection while the first one migrates. The scripts guard every statement
 *       with {@code IF NOT EXISTS}, so a migration interrupted half-way completes on the next run.</li>
 * </ul>
 */
public final class SchemaMigrator {
    /** The scripts of every dialect, in order. Each dialect's folder holds exactly these names. */
    public static final List<String> SCRIPTS = List.of("V1__elan_schema.sql", "V2__broadcasts.sql",
            "V3__survey_state.sql", "V4__survey_waves.sql", "V5__held_survey_responses.sql",
            "V6__outbox_recipient_and_leases.sql", "V7__erasure_receipts.sql");

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
    /** The PostgreSQL advisory lock key: the bytes of "ElanSchm". */
    private static final long ADVISORY_LOCK = 0x456c616e5363686dL;
    /** How long a migration waits for another node's migration to finish on H2. */
    private static final Duration H2_LOCK_WAIT = Duration.ofMinutes(2);
    private static final String H2_LOCK_TIMEOUT_STATE = "HYT00";

    private static final String HISTORY = "CREATE TABLE IF NOT EXISTS elan_schema_history ("
            + " version INTEGER NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL,"
            + " installed_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,"
            + " CONSTRAINT elan_schema_history_pk PRIMARY KEY (version))";
    private static final String APPLIED = "SELECT version, script, checksum FROM elan_schema_history ORDER BY version";
    private static final String RECORD = "INSERT INTO elan_schema_history (version, script, checksum) VALUES (?, ?, ?)";

    private SchemaMigrator() {}

    /** One versioned script. */
    record Script(int version, String name, String sql, long checksum) {
        List<String> statements() {
            StringBuilder code = new StringBuilder();
            for (String line : sql.split("\n")) {
                if (!line.strip().startsWith("--")) {
                    code.append(line).append('\n');
                }
            }
            List<String> statements = new ArrayList<>();
            for (String statement : code.toString().split(";")) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip());
                }
            }
            return statements;
        }
    }

    /**
     * @param dataSource the database
     * @param dialect its dialect
     * @return how many scripts were applied now; 0 when the schema was up to date
     * @throws StoreException if the database cannot be migrated, or holds a script that differs from this version's
     */
    public static int migrate(DataSource dataSource, JdbcDialect dialect) {
        List<Script> scripts = scripts(dialect);
        Transactor transactor = new Transactor(dataSource);
        return switch (dialect) {
            case POSTGRESQL -> transactor.inTransaction("migrate the Élan schema", c -> {
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, ADVISORY_LOCK);
                    lock.execute();
                }
                return applyPending(c, scripts);
            });
            case H2 -> migrateH2(transactor, scripts);
        };
    }

    /**
     * @param dialect a dialect
     * @return its scripts, read from the classpath, in version order
     */
    static List<Script> scripts(JdbcDialect dialect) {
        List<Script> scripts = new ArrayList<>();
        for (String name : SCRIPTS) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("schema script name does not follow V<n>__<name>.sql: " + name);
            }
            String resource = dialect.scriptLocation() + "/" + name;
            String sql;
            try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("schema script missing from the classpath: " + resource);
                }
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            } catch (IOException e) {
                throw new UncheckedIOException("could not read schema script " + resource, e);
            }
            CRC32 crc = new CRC32();
            crc.update(sql.getBytes(StandardCharsets.UTF_8));
            scripts.add(new Script(Integer.parseInt(m.group(1)), name, sql, crc.getValue()));
        }
        return scripts;
    }

    private static int migrateH2(Transactor transactor, List<Script> scripts) {
        try {
            transactor.inTransaction("prepare the Élan schema lock", c -> {
                execute(c, "CREATE TABLE IF NOT EXISTS elan_schema_lock (id INTEGER NOT NULL,"
                        + " CONSTRAINT elan_schema_lock_pk PRIMARY KEY (id))");
                execute(c, "MERGE INTO elan_schema_lock (id) KEY (id) VALUES (1)");
                return null;
            });
        } catch (Transactor.DuplicateKeyException e) {
            LOG.debug("Another node created the Élan schema lock row at the same time", e);
        }
        Connection lock = transactor.open("lock the Élan schema");
        try {
            lock.setAutoCommit(false);
            try {
                holdH2Lock(lock);
                return transactor.inTransaction("migrate the Élan schema", c -> applyPending(c, scripts));
            } finally {
                release(lock);
            }
        } catch (SQLException e) {
            throw Failures.translate("lock the Élan schema", e);
        } finally {
            Transactor.close(lock);
        }
    }

    private static void holdH2Lock(Connection lock) throws SQLException {
        long deadline = System.nanoTime() + H2_LOCK_WAIT.toNanos();
        while (true) {
            try (PreparedStatement ps = lock.prepareStatement(
                    "SELECT id FROM elan_schema_lock WHERE id = 1 FOR UPDATE")) {
                ps.executeQuery().close();
                return;
            } catch (SQLException e) {
                // H2 gives up waiting for a row lock after its LOCK_TIMEOUT; another node is still migrating.
                if (!H2_LOCK_TIMEOUT_STATE.equals(e.getSQLState()) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.debug("Waiting for another node to finish migrating the Élan schema");
            }
        }
    }

    /** Ends the lock's transaction; the migration's outcome is what the caller needs, so a failure here is logged. */
    private static void release(Connection lock) {
        try {
            lock.rollback();
        } catch (SQLException e) {
            LOG.warn("Could not release the Élan schema lock; it ends with the connection: {}", e.toString());
            LOG.debug("Could not release the Élan schema lock", e);
        }
        Transactor.restoreAutoCommit(lock);
    }

    private static int applyPending(Connection c, List<Script> scripts) throws SQLException {
        execute(c, HISTORY);
        Map<Integer, Script> applied = new TreeMap<>();
        for (Script s : Rows.list(c, APPLIED, ps -> { }, rs -> new Script(rs.getInt(1), rs.getString(2), "",
                rs.getLong(3)))) {
            applied.put(s.version(), s);
        }
        List<String> names = new ArrayList<>();
        for (Script script : scripts) {
            Script done = applied.remove(script.version());
            if (done != null) {
                if (done.checksum() != script.checksum()) {
                    throw new StoreException("schema script " + script.name() + " was applied with checksum "
                            + done.checksum() + " but this version of Élan holds checksum " + script.checksum()
                            + ": the applied schema differs from the one this version expects", false,
                            new IllegalStateException("checksum mismatch for " + script.name()));
                }
                continue;
            }
            for (String statement : script.statements()) {
                execute(c, statement);
            }
            try (PreparedStatement ps = c.prepareStatement(RECORD)) {
                ps.setInt(1, script.version());
                ps.setString(2, script.name());
                ps.setLong(3, script.checksum());
                ps.executeUpdate();
            }
            names.add(script.name());
        }
        if (!applied.isEmpty()) {
            LOG.warn("The Élan schema holds scripts this version does not know: {}; a newer version applied them",
                    applied.values().stream().map(Script::name).toList());
        }
        if (!names.isEmpty()) {
            // One line per database: which scripts this migration brought, in the order they ran.
            LOG.info("Applied Élan schema scripts {}", names);
        }
        return names.size();
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        }
    }
}
