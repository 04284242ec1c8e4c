package io.elan.mentoring.benchmarks.jdbc;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.jdbc.JdbcStores;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.program.PairId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Appending activity events to PostgreSQL through {@link ActivityLog} (target: at least 80% of the raw insert's
 * throughput), beside a raw JDBC batch insert of the same rows into the same table. Both take a pooled connection per
 * batch and insert the batch in one transaction. The store adds validation, de-duplication inside the batch and
 * {@code ON CONFLICT DO NOTHING} (what makes appends idempotent), and sends the batch as one set-based statement over
 * arrays where the raw side sends a JDBC batch of single-row inserts. Every invocation appends new events (fresh ids),
 * as a host reporting activity does. Scores are in operations per second; one operation is one batch, so events per
 * second are the score times the batch size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ActivityAppendBenchmark {
    private static final String RAW_INSERT = "INSERT INTO elan_activity_event (tenant_id, event_id, program_id,"
            + " pair_id, person_id, kind, occurred_at, source, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final ProgramId PROGRAM = ProgramId.of("program-2026");
    private static final Instant START = Instant.parse("2026-09-15T07:00:00Z");

    /** Events per append. */
    @Param({"100"})
    public int batchSize;

    private EmbeddedPostgres server;
    private JdbcConnectionPool pool;
    private ActivityLog log;
    private TenantId elanTenant;
    private TenantId rawTenant;
    private long sequence;

    /** Starts PostgreSQL, migrates the schema and builds the store. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        server = EmbeddedPostgres.builder().start();
        PGConnectionPoolDataSource physical = new PGConnectionPoolDataSource();
        physical.setURL(server.getJdbcUrl("postgres", "postgres"));
        pool = JdbcConnectionPool.create(physical);
        JdbcStores stores = JdbcStores.builder().dataSource(pool).dialect(JdbcDialect.POSTGRESQL)
                .migrateSchema(true).build();
        log = stores.activityLog();
        elanTenant = TenantId.of("tenant-elan");
        rawTenant = TenantId.of("tenant-raw");
    }

    /** Closes the pool and stops PostgreSQL. */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
        pool.dispose();
        server.close();
    }

    /**
     * @return events newly stored
     */
    @Benchmark
    public int elanAppend() {
        return log.append(elanTenant, nextBatch());
    }

    /**
     * @return rows inserted
     * @throws SQLException if the insert fails
     */
    @Benchmark
    public int rawBatchInsert() throws SQLException {
        List<ActivityEvent> batch = nextBatch();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(RAW_INSERT)) {
                for (ActivityEvent e : batch) {
                    ps.setString(1, rawTenant.value());
                    ps.setString(2, e.id().value());
                    ps.setString(3, e.program().value());
                    ps.setString(4, e.pair() == null ? null : e.pair().value());
                    ps.setString(5, e.person() == null ? null : e.person().value());
                    ps.setString(6, e.kind().name());
                    ps.setLong(7, e.occurredAt().getEpochSecond() * 1_000_000_000L + e.occurredAt().getNano());
                    ps.setString(8, e.source());
                    ps.setString(9, encode(e.attributes()));
                    ps.addBatch();
                }
                int inserted = ps.executeBatch().length;
                c.commit();
                return inserted;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** A batch of new events: meetings and messages of a few hundred pairs, each with a touchpoint attribute. */
    private List<ActivityEvent> nextBatch() {
        List<ActivityEvent> batch = new ArrayList<>(batchSize);
        for (int i = 0; i < batchSize; i++) {
            long n = sequence++;
            ActivityEvent event = n % 3 == 0
                    ? ActivityEvent.ofPerson(EventId.of("event-" + n), PROGRAM, PersonId.of("person-" + (n % 500)),
                            ActivityKind.TOUCHPOINT_ATTENDED, START.plusSeconds(n), "host")
                    : ActivityEvent.ofPair(EventId.of("event-" + n), PROGRAM, PairId.of("pair-" + (n % 250)),
                            ActivityKind.PAIR_MEETING, START.plusSeconds(n), "host");
            batch.add(event.withAttributes(Map.of("touchpoint", "webinar-" + (n % 40))));
        }
        return batch;
    }

    /** The store's column format for attributes (length-prefixed keys and values), so both insert the same rows. */
    private static String encode(Map<String, String> attributes) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(attributes).entrySet()) {
            out.append(e.getKey().length()).append(':').append(e.getKey());
            out.append(e.getValue().length()).append(':').append(e.getValue());
        }
        return out.toString();
    }
}
