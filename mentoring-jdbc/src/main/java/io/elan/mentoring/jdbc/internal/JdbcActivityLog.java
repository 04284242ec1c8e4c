package io.elan.mentoring.jdbc.internal;

import static io.elan.mentoring.jdbc.internal.Columns.text;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.validation.Checks;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@link ActivityLog} on JDBC. A batch is appended in one transaction, so a failure anywhere stores none of it; ids
 * repeated inside the batch are dropped first, the first occurrence kept.
 *
 * <ul>
 *   <li>PostgreSQL: one statement inserts the whole batch from arrays ({@code INSERT ... SELECT FROM unnest(...)
 *       ON CONFLICT DO NOTHING}): one round trip whatever the batch size, ids already stored (or stored meanwhile by
 *       a concurrent append) are skipped by the database, and the statement's row count is exactly the number of new
 *       events.</li>
 *   <li>H2: the ids already stored are read first, then the new events are inserted in one JDBC batch. When a
 *       concurrent append stores one of the same ids in between, the insert hits the primary key, the transaction
 *       rolls back and the batch is tried again with fresh knowledge of what is stored.</li>
 * </ul>
 * Either way each event is stored once and the count returned is exact. Thread-safe.
 */
public final class JdbcActivityLog implements ActivityLog {
    /**
     * Attempts of a batch that keeps racing with concurrent appends of the same ids (H2 only, PostgreSQL skips them):
     * each retry sees the ids the racing append committed, so a few attempts are enough even with many writers.
     */
    private static final int ATTEMPTS = 10;

    private static final String COLUMNS =
            "tenant_id, event_id, program_id, pair_id, person_id, kind, occurred_at, source, attributes";
    private static final String INSERT =
            "INSERT INTO elan_activity_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ARRAYS = "INSERT INTO elan_activity_event (" + COLUMNS + ")"
            + " SELECT ?, e.* FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],"
            + " ?::bigint[], ?::varchar[], ?::text[]) AS e"
            + " ON CONFLICT (tenant_id, event_id) DO NOTHING";
    private static final String EXISTS = "SELECT 1 FROM elan_activity_event WHERE tenant_id = ? AND event_id = ?";
    private static final String RANGE = " FROM elan_activity_event WHERE tenant_id = ? AND program_id = ?"
            + " AND occurred_at >= ? AND occurred_at <= ?";
    private static final String SELECT = "SELECT " + COLUMNS + RANGE + " ORDER BY occurred_at, event_id";
    private static final String COUNT = "SELECT COUNT(*)" + RANGE;

    private final Transactor transactor;
    private final JdbcDialect dialect;

    /**
     * @param transactor runs each call in a transaction
     * @param dialect the database's dialect
     */
    public JdbcActivityLog(Transactor transactor, JdbcDialect dialect) {
        this.transactor = transactor;
        this.dialect = dialect;
    }

    /** One event as its columns, checked and encoded before any connection is taken. */
    private record Row(String id, String program, @Nullable String pair, @Nullable String person, String kind,
            long occurredAt, String source, String attributes) {}

    @Override
    public int append(TenantId tenant, List<ActivityEvent> events) {
        Objects.requireNonNull(tenant, "tenant");
        if (events == null) {
            throw new InvalidValueException("events", "is required");
        }
        String tenantId = text(tenant.value(), "tenant");
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            ActivityEvent event = events.get(i);
            if (event == null) {
                throw new InvalidValueException("events[" + i + "]", "is required");
            }
            if (!rows.containsKey(event.id().value())) {
                rows.put(event.id().value(), row(event, "events[" + i + "]"));
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactor.inTransaction("append " + rows.size() + " activity events",
                        c -> dialect == JdbcDialect.POSTGRESQL ? insertArrays(c, tenantId, rows.values())
                                : insertNew(c, tenantId, rows));
            } catch (Transactor.DuplicateKeyException race) {
                if (attempt == ATTEMPTS) {
                    throw new StoreException("could not append " + rows.size() + " activity events: concurrent"
                            + " appends of the same events kept conflicting after " + ATTEMPTS
                            + " attempts (retryable)", true, race);
                }
            }
        }
    }

    private static Row row(ActivityEvent event, String field) {
        return new Row(text(event.id().value(), field + ".id"),
                text(event.program().value(), field + ".program"),
                event.pair() == null ? null : text(event.pair().value(), field + ".pair"),
                event.person() == null ? null : text(event.person().value(), field + ".person"),
                event.kind().name(),
                Columns.nanos(event.occurredAt(), field + ".occurredAt"),
                text(event.source(), field + ".source"),
                Columns.map(event.attributes(), field + ".attributes"));
    }

    private static int insertArrays(Connection c, String tenant, Collection<Row> rows) throws SQLException {
        int n = rows.size();
        String[] ids = new String[n];
        String[] programs = new String[n];
        String[] pairs = new String[n];
        String[] persons = new String[n];
        String[] kinds = new String[n];
        Long[] occurred = new Long[n];
        String[] sources = new String[n];
        String[] attributes = new String[n];
        int i = 0;
        for (Row row : rows) {
            ids[i] = row.id();
            programs[i] = row.program();
            pairs[i] = row.pair();
            persons[i] = row.person();
            kinds[i] = row.kind();
            occurred[i] = row.occurredAt();
            sources[i] = row.source();
            attributes[i] = row.attributes();
            i++;
        }
        List<Array> arrays = new ArrayList<>(8);
        try (PreparedStatement ps = c.prepareStatement(INSERT_ARRAYS)) {
            ps.setString(1, tenant);
            Object[][] columns = {ids, programs, pairs, persons, kinds, occurred, sources, attributes};
            String[] types = {"varchar", "varchar", "varchar", "varchar", "varchar", "bigint", "varchar", "text"};
            for (int column = 0; column < columns.length; column++) {
                Array array = c.createArrayOf(types[column], columns[column]);
                arrays.add(array);
                ps.setArray(column + 2, array);
            }
            return ps.executeUpdate();
        } finally {
            for (Array array : arrays) {
                array.free();
            }
        }
    }

    private static int insertNew(Connection c, String tenant, Map<String, Row> rows) throws SQLException {
        Set<String> stored = storedIds(c, tenant, rows.keySet());
        int batched = 0;
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Row row : rows.values()) {
                if (stored.contains(row.id())) {
                    continue;
                }
                ps.setString(1, tenant);
                ps.setString(2, row.id());
                ps.setString(3, row.program());
                ps.setString(4, row.pair());
                ps.setString(5, row.person());
                ps.setString(6, row.kind());
                ps.setLong(7, row.occurredAt());
                ps.setString(8, row.source());
                ps.setString(9, row.attributes());
                ps.addBatch();
                batched++;
            }
            if (batched == 0) {
                return 0;
            }
            ps.executeBatch();
            return batched;
        }
    }

    /**
     * Looks the ids up one by one by primary key: H2 does not use the second column of a composite key for an
     * {@code IN} list and would scan the tenant's whole log instead. In-process, a point lookup costs microseconds.
     */
    private static Set<String> storedIds(Connection c, String tenant, Collection<String> ids) throws SQLException {
        Set<String> stored = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(EXISTS)) {
            ps.setString(1, tenant);
            for (String id : ids) {
                ps.setString(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        stored.add(id);
                    }
                }
            }
        }
        return stored;
    }

    @Override
    public Stream<ActivityEvent> events(TenantId tenant, ProgramId program, Instant from, Instant to) {
        if (Columns.isEmptyRange(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"))) {
            return Stream.empty();
        }
        long lower = Columns.lowerBound(from);
        long upper = Columns.inclusiveUpperBound(to);
        return Rows.stream(transactor, "read activity events of " + program, SELECT, ps -> {
            Rows.strings(ps, tenant.value(), program.value());
            ps.setLong(3, lower);
            ps.setLong(4, upper);
        }, JdbcActivityLog::event);
    }

    @Override
    public long count(TenantId tenant, ProgramId program, Instant from, Instant to) {
        if (Columns.isEmptyRange(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"))) {
            return 0;
        }
        long lower = Columns.lowerBound(from);
        long upper = Columns.inclusiveUpperBound(to);
        return transactor.inTransaction("count activity events of " + program, c -> Rows.first(c, COUNT, ps -> {
            Rows.strings(ps, tenant.value(), program.value());
            ps.setLong(3, lower);
            ps.setLong(4, upper);
        }, rs -> rs.getLong(1)).orElse(0L));
    }

    private static ActivityEvent event(ResultSet rs) throws SQLException {
        String pair = rs.getString("pair_id");
        String person = rs.getString("person_id");
        return new ActivityEvent(EventId.of(rs.getString("event_id")), ProgramId.of(rs.getString("program_id")),
                pair == null ? null : PairId.of(pair), person == null ? null : PersonId.of(person),
                Columns.constant(ActivityKind.class, rs.getString("kind"), "elan_activity_event.kind"),
                Columns.instant(rs.getLong("occurred_at")), rs.getString("source"),
                Columns.map(rs.getString("attributes"), "elan_activity_event.attributes"));
    }

    @Override
    public int erase(TenantId tenant, Erasure erasure) {
        return transactor.inTransaction("erase a person from the activity log", c -> {
            int changed = ErasureSql.update(c, "DELETE FROM elan_activity_event WHERE tenant_id = ? AND person_id = ?",
                    tenant.value(), erasure.person().value());
            // An event's id may be derived from the person it concerns; such an event is theirs whatever its columns.
            // The database finds the ids holding the person's id anywhere; the erasure keeps those where it is a token.
            List<String> derived = Rows.list(c, "SELECT event_id FROM elan_activity_event WHERE tenant_id = ?"
                    + " AND POSITION(? IN event_id) > 0", ps -> Rows.strings(ps, tenant.value(),
                            erasure.person().value()), rs -> rs.getString(1));
            for (String id : derived) {
                if (erasure.mentions(id)) {
                    changed += ErasureSql.update(c, "DELETE FROM elan_activity_event WHERE tenant_id = ?"
                            + " AND event_id = ?", tenant.value(), id);
                }
            }
            changed += ErasureSql.redact(c, tenant, erasure, new ErasureSql.Table("elan_activity_event",
                    List.of("event_id"), Map.of("attributes", encoded -> {
                        Map<String, String> attributes = new HashMap<>();
                        Columns.map(encoded, "elan_activity_event.attributes")
                                .forEach((k, v) -> attributes.put(k, erasure.redact(v)));
                        return Columns.map(attributes, "attributes");
                    }), false));
            return changed;
        });
    }

    @Override
    public int eraseProgram(TenantId tenant, ProgramId program) {
        return transactor.inTransaction("erase the activity of " + program, c -> ErasureSql.update(c,
                "DELETE FROM elan_activity_event WHERE tenant_id = ? AND program_id = ?", tenant.value(),
                program.value()));
    }

    @Override
    public int eraseBefore(TenantId tenant, Instant before, int limit) {
        Checks.atLeastOne(limit, "limit");
        long nanos = Columns.nanos(before, "before");
        return transactor.inTransaction("erase old activity", c -> {
            List<String> ids = Rows.list(c, "SELECT event_id FROM elan_activity_event WHERE tenant_id = ?"
                    + " AND occurred_at < ? ORDER BY occurred_at, event_id LIMIT ?", ps -> {
                        ps.setString(1, tenant.value());
                        ps.setLong(2, nanos);
                        ps.setInt(3, limit);
                    }, rs -> rs.getString(1));
            for (String id : ids) {
                ErasureSql.update(c, "DELETE FROM elan_activity_event WHERE tenant_id = ? AND event_id = ?",
                        tenant.value(), id);
            }
            return ids.size();
        });
    }
}
