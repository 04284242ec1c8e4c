package io.elan.mentoring.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The databases the tests share: one in-memory H2 database and one real PostgreSQL server per test run, each with
 * the Élan schema migrated once. Tests isolate themselves by working in tenants of their own.
 */
final class TestDatabases {
    /** The name of the in-memory H2 database the tests share. */
    static final String H2_SHARED = "elan-shared";

    private static JdbcStores h2;
    private static JdbcStores postgres;

    private TestDatabases() {}

    /** @return stores on the shared in-memory H2 database */
    static synchronized JdbcStores h2() {
        if (h2 == null) {
            DataSource dataSource = h2DataSource(H2_SHARED);
            h2 = JdbcStores.builder().dataSource(dataSource).migrateSchema(true).build();
        }
        return h2;
    }

    /** @return stores on the shared PostgreSQL server */
    static synchronized JdbcStores postgres() {
        if (postgres == null) {
            postgres = JdbcStores.builder().dataSource(PostgresTestServer.dataSource()).build();
        }
        return postgres;
    }

    /**
     * @param dialect a dialect
     * @return the shared stores of that dialect
     */
    static JdbcStores stores(JdbcDialect dialect) {
        return switch (dialect) {
            case H2 -> h2();
            case POSTGRESQL -> postgres();
        };
    }

    /**
     * @param dialect a dialect
     * @return a data source on a new, empty database of that dialect, without the Élan schema
     * @throws SQLException if it cannot be created
     */
    static DataSource freshDatabase(JdbcDialect dialect) throws SQLException {
        return switch (dialect) {
            case H2 -> h2DataSource("elan-fresh-" + UUID.randomUUID());
            case POSTGRESQL -> PostgresTestServer.freshDatabase();
        };
    }

    /**
     * @param name the in-memory database's name; a fresh name gives an empty database
     * @return a pooled data source on it, the database kept while the JVM runs
     */
    static JdbcConnectionPool h2DataSource(String name) {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        pool.setMaxConnections(32);
        return pool;
    }

    /**
     * @param dialect a dialect
     * @return a pool of its own on the shared database of that dialect, as a second application node would have;
     *     the caller disposes of it
     * @throws SQLException if the shared database cannot be reached
     */
    static JdbcConnectionPool secondNodePool(JdbcDialect dialect) throws SQLException {
        return switch (dialect) {
            case H2 -> h2DataSource(H2_SHARED);
            case POSTGRESQL -> {
                PGConnectionPoolDataSource physical = new PGConnectionPoolDataSource();
                try (Connection c = postgres().dataSource().getConnection()) {
                    physical.setURL(c.getMetaData().getURL());
                    physical.setUser(c.getMetaData().getUserName());
                }
                yield JdbcConnectionPool.create(physical);
            }
        };
    }
}
