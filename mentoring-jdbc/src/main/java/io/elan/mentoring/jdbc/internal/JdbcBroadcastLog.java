package io.elan.mentoring.jdbc.internal;

import static io.elan.mentoring.jdbc.internal.Columns.nullableText;
import static io.elan.mentoring.jdbc.internal.Columns.text;
import static io.elan.mentoring.jdbc.internal.Rows.strings;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.AddressingOutcome;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@link BroadcastLog} on JDBC: one row of {@code elan_broadcast} per tenant, program and broadcast id, and one row of
 * {@code elan_broadcast_addressee} per person addressed, numbered in the order recorded. Every call is one
 * transaction, through prepared statements, with the tenant in every query.
 *
 * <h2>First one wins, on every node</h2>
 * <ul>
 *   <li>A publication inserts the row only if its key is free ({@code ON CONFLICT DO NOTHING} on PostgreSQL,
 *       {@code INSERT ... WHERE NOT EXISTS} on H2), then reads back the row stored first when it was not. On H2 two
 *       publications racing past the check meet the primary key; the loser's transaction rolls back and is tried
 *       again, and then finds the winner's row.</li>
 *   <li>Addressing locks the broadcast's row ({@code FOR UPDATE}) for its transaction, so that calls addressing one
 *       broadcast, from any node, take turns; the people it records are then inserted one by one only where the
 *       primary key is free, which keeps each person's first entry and tells exactly which entries are new.</li>
 * </ul>
 * Thread-safe.
 */
public final class JdbcBroadcastLog implements BroadcastLog {
    /** Attempts of a publication that keeps losing races on H2; the second attempt already sees the winner. */
    private static final int ATTEMPTS = 5;

    private static final String BROADCAST_COLUMNS =
            "tenant_id, program_id, broadcast_id, audience, kind, versions, published_at";
    private static final String BROADCAST_KEY = "tenant_id = ? AND program_id = ? AND broadcast_id = ?";
    private static final String PUBLISH_POSTGRESQL = "INSERT INTO elan_broadcast (" + BROADCAST_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, program_id, broadcast_id) DO NOTHING";
    private static final String PUBLISH_H2 = "INSERT INTO elan_broadcast (" + BROADCAST_COLUMNS + ")"
            + " SELECT ?, ?, ?, ?, ?, ?, ? FROM (VALUES (0)) AS one(x)"
            + " WHERE NOT EXISTS (SELECT 1 FROM elan_broadcast WHERE " + BROADCAST_KEY + ")";
    private static final String SELECT_BROADCAST = "SELECT " + BROADCAST_COLUMNS + " FROM elan_broadcast";
    private static final String FIND = SELECT_BROADCAST + " WHERE " + BROADCAST_KEY;
    private static final String LIST = SELECT_BROADCAST + " WHERE tenant_id = ? AND program_id = ?"
            + " ORDER BY published_at, broadcast_id";
    private static final String LOCK = "SELECT broadcast_id FROM elan_broadcast WHERE " + BROADCAST_KEY
            + " FOR UPDATE";

    private static final String ADDRESSEE_COLUMNS = "tenant_id, program_id, broadcast_id, person_id, role, outcome,"
            + " channel, idempotency_key, catch_up, decided_at, detail";
    private static final String ADDRESS_POSTGRESQL = "INSERT INTO elan_broadcast_addressee (" + ADDRESSEE_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (tenant_id, program_id, broadcast_id, person_id) DO NOTHING";
    private static final String ADDRESS_H2 = "INSERT INTO elan_broadcast_addressee (" + ADDRESSEE_COLUMNS + ")"
            + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM (VALUES (0)) AS one(x)"
            + " WHERE NOT EXISTS (SELECT 1 FROM elan_broadcast_addressee WHERE " + BROADCAST_KEY
            + " AND person_id = ?)";
    private static final String ADDRESSEES = "SELECT " + ADDRESSEE_COLUMNS + " FROM elan_broadcast_addressee"
            + " WHERE " + BROADCAST_KEY + " ORDER BY recorded_seq";

    private final Transactor transactor;
    private final JdbcDialect dialect;

    /**
     * @param transactor runs each call in a transaction
     * @param dialect the database's dialect
     */
    public JdbcBroadcastLog(Transactor transactor, JdbcDialect dialect) {
        this.transactor = transactor;
        this.dialect = dialect;
    }

    /** A broadcast as its columns, checked and encoded before any connection is taken. */
    private record BroadcastRow(String tenant, String program, String id, String audience, String kind,
            String versions, long publishedAt) {}

    /** An addressee as its columns, checked before any connection is taken. */
    private record AddresseeRow(String person, String role, String outcome, @Nullable String channel,
            @Nullable String key, boolean catchUp, long decidedAt, @Nullable String detail) {}

    @Override
    public PublishedBroadcast publish(TenantId tenant, PublishedBroadcast published) {
        Objects.requireNonNull(published, "broadcast");
        Broadcast b = published.broadcast();
        BroadcastRow row = new BroadcastRow(text(tenant.value(), "tenant"), text(b.program().value(), "program"),
                text(b.id().value(), "broadcast.id"), b.audience().name(), text(b.kind(), "broadcast.kind"),
                versions(b.versions()), Columns.nanos(published.publishedAt(), "publishedAt"));
        String what = "publish broadcast " + b.id();
        for (int attempt = 1; ; attempt++) {
            try {
                return transactor.inTransaction(what, c -> {
                    if (insert(c, row) == 1) {
                        return published;
                    }
                    return Rows.first(c, FIND, ps -> strings(ps, row.tenant(), row.program(), row.id()),
                            JdbcBroadcastLog::broadcast).orElseThrow(() -> new StoreException("could not " + what
                                    + ": its id is taken but no broadcast is stored under it", true,
                                    new IllegalStateException("broadcast " + row.id() + " neither stored nor found")));
                });
            } catch (Transactor.DuplicateKeyException race) {
                if (attempt == ATTEMPTS) {
                    throw new StoreException("could not " + what + ": concurrent publications of the same id kept"
                            + " conflicting after " + ATTEMPTS + " attempts (retryable)", true, race);
                }
            }
        }
    }

    private int insert(Connection c, BroadcastRow row) throws SQLException {
        boolean postgres = dialect == JdbcDialect.POSTGRESQL;
        return Rows.update(c, postgres ? PUBLISH_POSTGRESQL : PUBLISH_H2, ps -> {
            strings(ps, row.tenant(), row.program(), row.id(), row.audience(), row.kind(), row.versions());
            ps.setLong(7, row.publishedAt());
            if (!postgres) {
                ps.setString(8, row.tenant());
                ps.setString(9, row.program());
                ps.setString(10, row.id());
            }
        });
    }

    /** Encodes the versions: their count, then each language's tag and content, by tag. */
    static String versions(Map<Locale, MessageContent> versions) {
        Map<String, MessageContent> byTag = new TreeMap<>();
        for (Map.Entry<Locale, MessageContent> version : versions.entrySet()) {
            byTag.put(Columns.localeTag(version.getKey(), "broadcast.versions"), version.getValue());
        }
        Codec.Writer writer = new Codec.Writer().add(byTag.size());
        for (Map.Entry<String, MessageContent> version : byTag.entrySet()) {
            writer.add(version.getKey())
                    .add(MessageContents.encode(version.getValue(), "broadcast.versions[" + version.getKey() + "]"));
        }
        return writer.encoded();
    }

    static Map<Locale, MessageContent> versions(String encoded) {
        String column = "elan_broadcast.versions";
        Codec.Reader reader = new Codec.Reader(encoded, column);
        int count = reader.nextCount();
        Map<Locale, MessageContent> versions = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Locale locale = Columns.locale(reader.next());
            versions.put(locale, MessageContents.decode(reader.next(), column));
        }
        reader.end();
        return versions;
    }

    @Override
    public Optional<PublishedBroadcast> find(TenantId tenant, ProgramId program, BroadcastId id) {
        Objects.requireNonNull(id, "id");
        if (!Columns.isStorable(id.value())) {
            return Optional.empty();
        }
        return transactor.inTransaction("find broadcast " + id, c -> Rows.first(c, FIND,
                ps -> strings(ps, tenant.value(), program.value(), id.value()), JdbcBroadcastLog::broadcast));
    }

    @Override
    public List<PublishedBroadcast> broadcasts(TenantId tenant, ProgramId program) {
        return transactor.inTransaction("list the broadcasts of " + program, c -> List.copyOf(Rows.list(c, LIST,
                ps -> strings(ps, tenant.value(), program.value()), JdbcBroadcastLog::broadcast)));
    }

    private static PublishedBroadcast broadcast(ResultSet rs) throws SQLException {
        Broadcast broadcast = new Broadcast(BroadcastId.of(rs.getString("broadcast_id")),
                ProgramId.of(rs.getString("program_id")),
                Columns.constant(Audience.class, rs.getString("audience"), "elan_broadcast.audience"),
                rs.getString("kind"), versions(rs.getString("versions")));
        return new PublishedBroadcast(broadcast, Columns.instant(rs.getLong("published_at")));
    }

    @Override
    public List<Addressee> address(TenantId tenant, ProgramId program, BroadcastId id, List<Addressee> addressees) {
        Objects.requireNonNull(id, "id");
        if (addressees == null) {
            throw new InvalidValueException("addressees", "is required");
        }
        String tenantId = text(tenant.value(), "tenant");
        String programId = program.value();
        List<AddresseeRow> rows = new ArrayList<>(addressees.size());
        for (int i = 0; i < addressees.size(); i++) {
            Addressee addressee = addressees.get(i);
            if (addressee == null) {
                throw new InvalidValueException("addressees[" + i + "]", "is required");
            }
            rows.add(row(addressee, "addressees[" + i + "]"));
        }
        if (!Columns.isStorable(programId) || !Columns.isStorable(id.value())) {
            throw new NotFoundException("broadcast", id.value());
        }
        return transactor.inTransaction("address broadcast " + id, c -> {
            boolean stored = Rows.first(c, LOCK, ps -> strings(ps, tenantId, programId, id.value()),
                    rs -> rs.getString(1)).isPresent();
            if (!stored) {
                throw new NotFoundException("broadcast", id.value());
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            List<Addressee> recorded = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(dialect == JdbcDialect.POSTGRESQL ? ADDRESS_POSTGRESQL
                    : ADDRESS_H2)) {
                for (int i = 0; i < rows.size(); i++) {
                    if (insert(ps, tenantId, programId, id.value(), rows.get(i)) == 1) {
                        recorded.add(addressees.get(i));
                    }
                }
            }
            return List.copyOf(recorded);
        });
    }

    private static AddresseeRow row(Addressee addressee, String field) {
        Channel channel = addressee.channel();
        return new AddresseeRow(text(addressee.person().value(), field + ".person"), addressee.role().name(),
                addressee.outcome().name(), channel == null ? null : channel.name(),
                nullableText(addressee.idempotencyKey(), field + ".idempotencyKey"), addressee.catchUp(),
                Columns.nanos(addressee.at(), field + ".at"), nullableText(addressee.detail(), field + ".detail"));
    }

    /**
     * Inserts one person only where the key is free. One statement per person, not a JDBC batch: a driver may report
     * a batch's row counts as unknown (PostgreSQL's rewritten batches do), and the count is how the new entries are
     * told from the others. The caller holds the broadcast's row lock, so no other call records people for it
     * meanwhile.
     *
     * @return 1 if the person was recorded, 0 if they were recorded already
     */
    private int insert(PreparedStatement ps, String tenant, String program, String broadcast, AddresseeRow row)
            throws SQLException {
        ps.setString(1, tenant);
        ps.setString(2, program);
        ps.setString(3, broadcast);
        ps.setString(4, row.person());
        ps.setString(5, row.role());
        ps.setString(6, row.outcome());
        setNullableString(ps, 7, row.channel());
        setNullableString(ps, 8, row.key());
        ps.setBoolean(9, row.catchUp());
        ps.setLong(10, row.decidedAt());
        setNullableString(ps, 11, row.detail());
        if (dialect == JdbcDialect.H2) {
            ps.setString(12, tenant);
            ps.setString(13, program);
            ps.setString(14, broadcast);
            ps.setString(15, row.person());
        }
        return ps.executeUpdate();
    }

    private static void setNullableString(PreparedStatement ps, int index, @Nullable String value)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    @Override
    public List<Addressee> addressees(TenantId tenant, ProgramId program, BroadcastId id) {
        Objects.requireNonNull(id, "id");
        if (!Columns.isStorable(program.value()) || !Columns.isStorable(id.value())) {
            return List.of();
        }
        return transactor.inTransaction("read the addressees of broadcast " + id, c -> List.copyOf(Rows.list(c,
                ADDRESSEES, ps -> strings(ps, tenant.value(), program.value(), id.value()),
                JdbcBroadcastLog::addressee)));
    }

    private static Addressee addressee(ResultSet rs) throws SQLException {
        String channel = rs.getString("channel");
        return new Addressee(PersonId.of(rs.getString("person_id")),
                Columns.constant(Role.class, rs.getString("role"), "elan_broadcast_addressee.role"),
                Columns.constant(AddressingOutcome.class, rs.getString("outcome"), "elan_broadcast_addressee.outcome"),
                channel == null ? null : Channel.of(channel), rs.getString("idempotency_key"),
                rs.getBoolean("catch_up"), Columns.instant(rs.getLong("decided_at")), rs.getString("detail"));
    }

    @Override
    public int erase(TenantId tenant, Erasure erasure) {
        return transactor.inTransaction("erase a person from the broadcast log", c -> {
            int changed = ErasureSql.update(c, "DELETE FROM elan_broadcast_addressee WHERE tenant_id = ?"
                    + " AND person_id = ?", tenant.value(), erasure.person().value());
            changed += ErasureSql.redact(c, tenant, erasure, new ErasureSql.Table("elan_broadcast_addressee",
                    List.of("program_id", "broadcast_id", "person_id"), Map.of("detail", erasure::redact), false));
            changed += ErasureSql.redact(c, tenant, erasure, new ErasureSql.Table("elan_broadcast",
                    List.of("program_id", "broadcast_id"), Map.of("versions", encoded -> {
                        Map<Locale, MessageContent> versions = new LinkedHashMap<>();
                        versions(encoded).forEach((locale, content) -> versions.put(locale, content.redact(erasure)));
                        return versions(versions);
                    }), false));
            return changed;
        });
    }

    @Override
    public int eraseProgram(TenantId tenant, ProgramId program) {
        return transactor.inTransaction("erase the broadcasts of " + program, c -> {
            ErasureSql.update(c, "DELETE FROM elan_broadcast_addressee WHERE tenant_id = ? AND program_id = ?",
                    tenant.value(), program.value());
            return ErasureSql.update(c, "DELETE FROM elan_broadcast WHERE tenant_id = ? AND program_id = ?",
                    tenant.value(), program.value());
        });
    }
}
