package io.elan.mentoring.jdbc.internal;

import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.privacy.Erasure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Redacts an erased person's traces from the text columns of one table, row by row: reads the tenant's rows, rewrites
 * each column value, and writes back in the caller's transaction those the rewriting changed. Text is overwritten,
 * never flagged: the original is gone once the transaction commits. An encoded column is decoded, redacted and encoded
 * again, so that it stays readable. Stateless.
 */
final class ErasureSql {

    private ErasureSql() {}

    /** One table: its key columns (text, after tenant_id), its text columns and how to redact each. */
    record Table(String name, List<String> keys, Map<String, UnaryOperator<String>> columns, boolean versioned) {}

    /**
     * @param c the connection, in the caller's transaction
     * @param tenant the tenant
     * @param erasure the erasure
     * @param table the table
     * @return how many rows were rewritten
     * @throws SQLException as the driver does
     */
    static int redact(Connection c, TenantId tenant, Erasure erasure, Table table) throws SQLException {
        List<String> columns = new ArrayList<>(table.columns().keySet());
        String select = "SELECT " + String.join(", ", table.keys()) + ", " + String.join(", ", columns) + " FROM "
                + table.name() + " WHERE tenant_id = ?";
        List<String[]> keys = new ArrayList<>();
        List<Map<String, String>> rewritten = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(select)) {
            ps.setString(1, tenant.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> values = new HashMap<>();
                    boolean mentions = false;
                    for (int i = 0; i < columns.size(); i++) {
                        String value = rs.getString(table.keys().size() + i + 1);
                        // The rewriting decides, not a search of the stored form: an encoded column sets its texts
                        // side by side, so a trace ending one text is not a whole word there, but is in the text.
                        String redacted = value == null ? null : table.columns().get(columns.get(i)).apply(value);
                        if (redacted != null && !redacted.equals(value)) {
                            mentions = true;
                            values.put(columns.get(i), redacted);
                        }
                    }
                    if (mentions) {
                        String[] key = new String[table.keys().size()];
                        for (int k = 0; k < key.length; k++) {
                            key[k] = rs.getString(k + 1);
                        }
                        keys.add(key);
                        rewritten.add(values);
                    }
                }
            }
        }
        for (int r = 0; r < keys.size(); r++) {
            Map<String, String> values = rewritten.get(r);
            List<String> set = new ArrayList<>(values.keySet());
            StringBuilder sql = new StringBuilder("UPDATE ").append(table.name()).append(" SET ");
            for (int i = 0; i < set.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(set.get(i)).append(" = ?");
            }
            if (table.versioned()) {
                sql.append(", version = version + 1");
            }
            sql.append(" WHERE tenant_id = ?");
            for (String key : table.keys()) {
                sql.append(" AND ").append(key).append(" = ?");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (String column : set) {
                    ps.setString(p++, values.get(column));
                }
                ps.setString(p++, tenant.value());
                for (String key : keys.get(r)) {
                    ps.setString(p++, key);
                }
                ps.executeUpdate();
            }
        }
        return keys.size();
    }

    /**
     * @param c the connection, in the caller's transaction
     * @param sql a statement whose parameters are all text
     * @param values its parameters
     * @return the row count
     * @throws SQLException as the driver does
     */
    static int update(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Rows.strings(ps, values);
            return ps.executeUpdate();
        }
    }
}
