package io.elan.mentoring.jdbc.internal;

import io.elan.mentoring.spi.VersionConflictException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A table of versioned things (programs, pairs...) and the optimistic save every one of them follows: version 0
 * inserts, version {@code n} updates the row only while it still holds version {@code n}, anything else is a
 * {@link VersionConflictException}. The SQL is built once from fixed column names; values are always parameters.
 *
 * @param table the table
 * @param entity what a row is, for messages, such as {@code "program"}
 * @param keyColumns the primary key, starting with {@code tenant_id}
 * @param dataColumns every other column but {@code version}
 * @param insertSql the insert: key columns, data columns, version
 * @param updateSql the update: data columns and the new version, then the key columns and the expected version
 * @param versionSql the query of the stored version by key
 */
public record VersionedTable(String table, String entity, List<String> keyColumns, List<String> dataColumns,
        String insertSql, String updateSql, String versionSql) {

    /**
     * @param table the table
     * @param entity what a row is, for messages
     * @param keyColumns the primary key
     * @param dataColumns every other column but {@code version}
     * @return the table with its statements
     */
    public static VersionedTable of(String table, String entity, List<String> keyColumns, List<String> dataColumns) {
        String keyWhere = String.join(" = ? AND ", keyColumns) + " = ?";
        int columns = keyColumns.size() + dataColumns.size() + 1;
        String insert = "INSERT INTO " + table + " (" + String.join(", ", keyColumns) + ", "
                + String.join(", ", dataColumns) + ", version) VALUES (" + "?, ".repeat(columns - 1) + "?)";
        String update = "UPDATE " + table + " SET " + String.join(" = ?, ", dataColumns) + " = ?, version = ? WHERE "
                + keyWhere + " AND version = ?";
        String version = "SELECT version FROM " + table + " WHERE " + keyWhere;
        return new VersionedTable(table, entity, List.copyOf(keyColumns), List.copyOf(dataColumns), insert, update,
                version);
    }

    /**
     * Binds a run of parameters from a given index.
     */
    @FunctionalInterface
    public interface Params {
        /**
         * @param ps the statement
         * @param first the index of the first parameter to bind
         * @return the index after the last one bound
         * @throws SQLException as the driver does
         */
        int bind(PreparedStatement ps, int first) throws SQLException;
    }

    /**
     * Saves one row under optimistic concurrency.
     *
     * @param connection the connection, in a transaction
     * @param id the thing's id, for messages
     * @param key binds the key columns in order
     * @param data binds the data columns in order
     * @param version the version the caller read: 0 to create
     * @return the new version
     * @throws VersionConflictException if the version is stale or the row exists already
     * @throws Transactor.DuplicateKeyException (through the transactor) if a concurrent save created the row first
     * @throws SQLException as the driver does
     */
    public long save(Connection connection, String id, Params key, Params data, long version) throws SQLException {
        if (version == 0) {
            Optional<Long> stored = storedVersion(connection, key);
            if (stored.isPresent()) {
                throw new VersionConflictException(entity, id, 0, stored.get());
            }
            try (PreparedStatement ps = connection.prepareStatement(insertSql)) {
                int next = data.bind(ps, key.bind(ps, 1));
                ps.setLong(next, 1);
                ps.executeUpdate();
            }
            return 1;
        }
        try (PreparedStatement ps = connection.prepareStatement(updateSql)) {
            int next = data.bind(ps, 1);
            ps.setLong(next, version + 1);
            next = key.bind(ps, next + 1);
            ps.setLong(next, version);
            if (ps.executeUpdate() == 1) {
                return version + 1;
            }
        }
        throw new VersionConflictException(entity, id, version, storedVersion(connection, key).orElse(0L));
    }

    /**
     * @param connection the connection
     * @param key binds the key columns in order
     * @return the stored version, if the row exists
     * @throws SQLException as the driver does
     */
    public Optional<Long> storedVersion(Connection connection, Params key) throws SQLException {
        return Rows.first(connection, versionSql, ps -> key.bind(ps, 1), rs -> rs.getLong(1));
    }
}
