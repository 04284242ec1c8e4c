package io.elan.mentoring.jdbc.internal;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.privacy.ErasureReceipt;
import io.elan.mentoring.spi.privacy.ErasureReceipts;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link ErasureReceipts} on JDBC: one row per receipt, counts encoded as text. A receipt recorded twice stays one row:
 * PostgreSQL skips it on conflict; H2 inserts only when the id is not there yet, and a concurrent insert of
 * the same receipt that wins the race leaves the other call told it was not new. Thread-safe.
 */
public final class JdbcErasureReceipts implements ErasureReceipts {

    private static final String INSERT_POSTGRESQL = "INSERT INTO elan_erasure_receipt"
            + " (tenant_id, receipt_id, erased_at, counts) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String INSERT_H2 = "INSERT INTO elan_erasure_receipt"
            + " (tenant_id, receipt_id, erased_at, counts)"
            + " SELECT ?, ?, ?, ? FROM (VALUES (0)) AS one(x) WHERE NOT EXISTS"
            + " (SELECT 1 FROM elan_erasure_receipt WHERE tenant_id = ? AND receipt_id = ?)";

    private final Transactor transactor;
    private final JdbcDialect dialect;

    /**
     * @param transactor runs each call in a transaction
     * @param dialect the database's dialect
     */
    public JdbcErasureReceipts(Transactor transactor, JdbcDialect dialect) {
        this.transactor = transactor;
        this.dialect = dialect;
    }

    @Override
    public boolean record(ErasureReceipt receipt) {
        Map<String, String> counts = new TreeMap<>();
        receipt.counts().forEach((port, n) -> counts.put(port, Integer.toString(n)));
        String encoded = Columns.map(counts, "counts");
        long at = Columns.nanos(receipt.erasedAt(), "erasedAt");
        String tenant = receipt.tenant().value();
        try {
            return transactor.inTransaction("record an erasure receipt", c -> Rows.update(c,
                    dialect == JdbcDialect.POSTGRESQL ? INSERT_POSTGRESQL : INSERT_H2, ps -> {
                        ps.setString(1, tenant);
                        ps.setString(2, receipt.id());
                        ps.setLong(3, at);
                        ps.setString(4, encoded);
                        if (dialect != JdbcDialect.POSTGRESQL) {
                            ps.setString(5, tenant);
                            ps.setString(6, receipt.id());
                        }
                    }) == 1);
        } catch (Transactor.DuplicateKeyException race) {
            // On H2, a concurrent call inserted the same receipt between our check and our insert: it is kept.
            return false;
        }
    }

    @Override
    public List<ErasureReceipt> receipts(TenantId tenant) {
        return transactor.inTransaction("list erasure receipts", c -> Rows.list(c,
                "SELECT receipt_id, erased_at, counts FROM elan_erasure_receipt WHERE tenant_id = ?"
                        + " ORDER BY erased_at, receipt_id",
                ps -> ps.setString(1, tenant.value()), rs -> {
                    Map<String, Integer> counts = new TreeMap<>();
                    Columns.map(rs.getString("counts"), "elan_erasure_receipt.counts")
                            .forEach((port, n) -> counts.put(port, Integer.parseInt(n)));
                    return new ErasureReceipt(rs.getString("receipt_id"), tenant,
                            Columns.instant(rs.getLong("erased_at")), counts);
                }));
    }
}
