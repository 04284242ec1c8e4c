package io.elan.mentoring.jdbc.internal;

import static io.elan.mentoring.jdbc.internal.Columns.text;
import static io.elan.mentoring.jdbc.internal.Rows.strings;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.validation.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@link ReleaseLedger} on JDBC: one row of {@code elan_survey_release} per tenant, program, wave, figure key and
 * respondent set. A set is stored as its fingerprints, sorted, in 16 hexadecimal digits each, and keyed by the SHA-256
 * digest of that text, so that a set appended twice, from any node, is one row. An append inserts all its rows in one
 * transaction, each only where its key is free ({@code ON CONFLICT DO NOTHING} on PostgreSQL,
 * {@code INSERT ... WHERE NOT EXISTS} on H2): readers see all of an append or none of it. Two appends of the same set
 * racing on H2 meet the primary key; the loser's transaction rolls back and is tried again whole. Thread-safe.
 */
public final class JdbcReleaseLedger implements ReleaseLedger {
    /** Attempts of an append that keeps losing races on H2; the second attempt already sees the winner's rows. */
    private static final int ATTEMPTS = 5;
    private static final int DIGITS = 16;
    private static final HexFormat HEX = HexFormat.of();

    private static final String COLUMNS = "tenant_id, program_id, wave, figure_key, set_digest, fingerprints";
    private static final String KEY = "tenant_id = ? AND program_id = ? AND wave = ? AND figure_key = ?"
            + " AND set_digest = ?";
    private static final String APPEND_POSTGRESQL = "INSERT INTO elan_survey_release (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (tenant_id, program_id, wave, figure_key, set_digest) DO NOTHING";
    private static final String APPEND_H2 = "INSERT INTO elan_survey_release (" + COLUMNS + ")"
            + " SELECT ?, ?, ?, ?, ?, ? FROM (VALUES (0)) AS one(x)"
            + " WHERE NOT EXISTS (SELECT 1 FROM elan_survey_release WHERE " + KEY + ")";
    private static final String RELEASED = "SELECT figure_key, fingerprints FROM elan_survey_release"
            + " WHERE tenant_id = ? AND program_id = ? AND wave = ?";

    private final Transactor transactor;
    private final JdbcDialect dialect;

    /**
     * @param transactor runs each call in a transaction
     * @param dialect the database's dialect
     */
    public JdbcReleaseLedger(Transactor transactor, JdbcDialect dialect) {
        this.transactor = transactor;
        this.dialect = dialect;
    }

    /** One released set as its columns, encoded before any connection is taken. */
    private record SetRow(String key, String digest, String fingerprints) {}

    @Override
    public Map<String, List<long[]>> released(TenantId tenant, ProgramId program, String wave) {
        Objects.requireNonNull(wave, "wave");
        if (!Columns.isStorable(wave)) {
            return Map.of();
        }
        return transactor.inTransaction("read the figures released from wave " + wave + " of " + program, c -> {
            Map<String, List<long[]>> released = new HashMap<>();
            for (String[] row : Rows.list(c, RELEASED, ps -> strings(ps, tenant.value(), program.value(), wave),
                    rs -> new String[] {rs.getString("figure_key"), rs.getString("fingerprints")})) {
                released.computeIfAbsent(row[0], k -> new ArrayList<>()).add(fingerprints(row[1]));
            }
            return released;
        });
    }

    @Override
    public void append(TenantId tenant, ProgramId program, String wave, Map<String, List<long[]>> sets) {
        Objects.requireNonNull(sets, "sets");
        String tenantId = text(tenant.value(), "tenant");
        String programId = text(program.value(), "program");
        String waveId = text(Checks.id(wave, "wave", 64), "wave");
        List<SetRow> rows = new ArrayList<>();
        sets.forEach((key, family) -> {
            String figure = text(Checks.id(key, "sets key", Checks.MAX_ID_LENGTH), "sets key");
            for (long[] set : Objects.requireNonNull(family, "sets[" + key + "]")) {
                String encoded = encode(Objects.requireNonNull(set, "sets[" + key + "][]"));
                rows.add(new SetRow(figure, digest(encoded), encoded));
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        String what = "record figures released from wave " + waveId + " of " + programId;
        for (int attempt = 1; ; attempt++) {
            try {
                transactor.inTransaction(what, c -> insert(c, tenantId, programId, waveId, rows));
                return;
            } catch (Transactor.DuplicateKeyException race) {
                if (attempt == ATTEMPTS) {
                    throw new StoreException("could not " + what + ": concurrent appends of the same sets kept"
                            + " conflicting after " + ATTEMPTS + " attempts (retryable)", true, race);
                }
            }
        }
    }

    private int insert(Connection c, String tenant, String program, String wave, List<SetRow> rows)
            throws SQLException {
        boolean postgres = dialect == JdbcDialect.POSTGRESQL;
        int inserted = 0;
        for (SetRow row : rows) {
            inserted += Rows.update(c, postgres ? APPEND_POSTGRESQL : APPEND_H2, ps -> {
                if (postgres) {
                    strings(ps, tenant, program, wave, row.key(), row.digest(), row.fingerprints());
                } else {
                    strings(ps, tenant, program, wave, row.key(), row.digest(), row.fingerprints(), tenant, program,
                            wave, row.key(), row.digest());
                }
            });
        }
        return inserted;
    }

    /** Writes a set as its fingerprints sorted by value, each as 16 hexadecimal digits of its 64 bits. */
    static String encode(long[] set) {
        long[] sorted = set.clone();
        Arrays.sort(sorted);
        StringBuilder text = new StringBuilder(sorted.length * DIGITS);
        for (long fingerprint : sorted) {
            text.append(HEX.toHexDigits(fingerprint));
        }
        return text.toString();
    }

    /** Reads a set written by {@link #encode(long[])}. */
    static long[] fingerprints(String encoded) {
        if (encoded.length() % DIGITS != 0) {
            throw damaged(encoded.length() + " characters, not a multiple of " + DIGITS, null);
        }
        long[] set = new long[encoded.length() / DIGITS];
        for (int i = 0; i < set.length; i++) {
            try {
                set[i] = HEX.fromHexDigitsToLong(encoded, i * DIGITS, (i + 1) * DIGITS);
            } catch (IllegalArgumentException e) {
                throw damaged("fingerprint " + i + " is not hexadecimal", e);
            }
        }
        return set;
    }

    private static StoreException damaged(String what, @Nullable IllegalArgumentException cause) {
        String message = "the stored value of column elan_survey_release.fingerprints is damaged: " + what;
        return new StoreException(message, false, cause != null ? cause : new IllegalStateException(message));
    }

    private static String digest(String encoded) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(encoded.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
