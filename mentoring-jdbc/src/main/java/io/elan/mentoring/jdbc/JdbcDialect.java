package io.elan.mentoring.jdbc;

import io.elan.mentoring.jdbc.internal.Failures;
import io.elan.mentoring.spi.InvalidValueException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The databases the JDBC store speaks to. Each has its own schema scripts under {@code db/elan/<name>/} on the
 * classpath, named as Flyway expects ({@code V1__elan_schema.sql}, {@code V2__broadcasts.sql},
 * {@code V3__survey_state.sql}), and its own way of claiming outbox messages exclusively.
 */
public enum JdbcDialect {
    /** H2 2.x, embedded or in server mode: the default for trying Élan and for tests. */
    H2("h2"),
    /** PostgreSQL 12 or newer: for production and for several application nodes sharing one database. */
    POSTGRESQL("postgresql");

    private final String scriptFolder;

    JdbcDialect(String scriptFolder) {
        this.scriptFolder = scriptFolder;
    }

    /**
     * @return the classpath folder of this dialect's versioned schema scripts, such as {@code db/elan/postgresql};
     *     point Flyway's {@code locations} at {@code classpath:} followed by it to let Flyway apply them
     */
    public String scriptLocation() {
        return "db/elan/" + scriptFolder;
    }

    /**
     * Finds the dialect from the database product the data source connects to.
     *
     * @param dataSource the data source
     * @return its dialect
     * @throws InvalidValueException if the database is neither H2 nor PostgreSQL
     * @throws io.elan.mentoring.spi.StoreException if no connection can be made
     */
    public static JdbcDialect detect(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw Failures.translate("detect the database product", e);
        }
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new InvalidValueException("dataSource", "must connect to H2 or PostgreSQL", product);
    }
}
