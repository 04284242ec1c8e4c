package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.delivery.DispatchSummary;
import io.elan.mentoring.core.communication.delivery.QuietHours;
import io.elan.mentoring.core.communication.internal.CommunicationServices;
import io.elan.mentoring.core.event.MessageDeadLettered;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Three nodes deliver the outbox of two tenants that use identical program, people and broadcast ids (2,000 messages)
 * through one provider account that fails, throws and hangs past the lease, while one node is interrupted mid-batch
 * and the database kills one connection mid-transaction; a host then puts back the dead letters. The clock is the
 * test's: it moves five seconds between rounds and jumps past the lease when the provider hangs.
 */
@DisplayName("the outbox under faults, on a real database")
class OutboxFaultTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");
    private static final List<TenantId> TENANTS = List.of(ACME, GLOBEX);
    private static final ProgramId SPRING = ProgramId.of("spring");
    private static final List<String> BROADCASTS = List.of("welcome", "kick-off");
    private static final int PEOPLE = 500;
    private static final Instant START = Instant.parse("2026-11-26T09:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final int MAX_ROUNDS = 3_000;
    private static final CommunicationSettings SETTINGS = CommunicationSettings.builder()
            .batchSize(50)
            .maxBatchesPerRun(4)
            .lease(LEASE)
            .maxAttempts(12)
            .firstRetryDelay(Duration.ofSeconds(5))
            .maxRetryDelay(Duration.ofSeconds(60))
            .jitter(0.3)
            .quietHours(QuietHours.none())
            .build();
    private static final List<String> NODES = List.of("node-1", "node-2", "node-3");
    private static final String KILLING_NODE = "node-1";
    private static final String INTERRUPTED_NODE = "node-2";
    private static final String DISPATCHER = "WARN io.elan.mentoring.core.communication.internal.OutboxDispatcher - ";

    private final ManualClock clock = new ManualClock(START);
    private final WatchedOutbox.Notes notes = new WatchedOutbox.Notes();
    private volatile int round;
    private final List<Instant> roundStarts = new ArrayList<>();
    private final Queue<MessageDeadLettered> deadLettered = new ConcurrentLinkedQueue<>();
    private final Queue<DispatchSummary> summaries = new ConcurrentLinkedQueue<>();
    private final Queue<String> claimFailures = new ConcurrentLinkedQueue<>();

    /** One application node: its thread, its pool and stores, and its engine. */
    private final class Node {
        final String name;
        final ExecutorService thread;
        final ConnectionKiller dataSource;
        final CommunicationServices communication;
        volatile boolean stopped;
        volatile boolean interruptKept;
        final List<DispatchSummary> interruptedRuns = new ArrayList<>();
        Future<?> tick;

        Node(String name, ConnectionKiller dataSource, FaultyProvider[] provider) {
            this.name = name;
            this.thread = Executors.newSingleThreadExecutor(r -> new Thread(r, name));
            this.dataSource = dataSource;
            JdbcStores stores = JdbcStores.builder().dataSource(dataSource).build();
            this.communication = CommunicationServices.builder()
                    .programStore(stores.programStore())
                    .outbox(new WatchedOutbox(stores.outbox(), notes, () -> round))
                    .broadcastLog(stores.broadcastLog())
                    .gateway(message -> provider[0].send(message))
                    .clock(clock)
                    .settings(SETTINGS)
                    .listener(event -> {
                        if (event instanceof MessageDeadLettered dead) {
                            deadLettered.add(dead);
                        }
                    })
                    .build();
        }

        /** One scheduler tick: the due work of both tenants, until the thread is interrupted. */
        void tick() {
            for (TenantId tenant : TENANTS) {
                DispatchSummary summary;
                try {
                    summary = communication.dispatcher().runDue(tenant, clock.instant());
                } catch (StoreException e) {
                    claimFailures.add(name + ": " + e.getMessage());
                    continue;
                }
                summaries.add(summary);
                if (Thread.currentThread().isInterrupted()) {
                    interruptKept = true;
                    interruptedRuns.add(summary);
                    stopped = true;
                    return;
                }
            }
        }
    }

    /** The database of one dialect, as three nodes reach it, and how a test cleans it up. */
    private record Database(List<ConnectionKiller> nodes, DataSource admin, AutoCloseable close) {}

    /**
     * One HikariCP pool per node and one for the test's own reads, as a host runs its nodes: H2 in file mode, or a
     * fresh database of the test PostgreSQL server.
     */
    private static Database open(JdbcDialect dialect, Path dir) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(4);
        Runnable shutdown = () -> { };
        if (dialect == JdbcDialect.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            // The file database stays open between connections until SHUTDOWN.
            h2.setURL("jdbc:h2:file:" + dir.resolve("elan").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            config.setDataSource(h2);
            shutdown = () -> {
                try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                } catch (SQLException e) {
                    throw new IllegalStateException("could not close the H2 file database", e);
                }
            };
        } else {
            config.setJdbcUrl(PostgresTestServer.freshDatabaseUrl());
            config.setUsername("postgres");
        }
        List<HikariDataSource> pools = new ArrayList<>();
        for (int i = 0; i <= NODES.size(); i++) {
            HikariConfig pool = new HikariConfig();
            config.copyStateTo(pool);
            pool.setPoolName("elan-" + dialect + "-" + i);
            pools.add(new HikariDataSource(pool));
        }
        HikariDataSource admin = pools.get(NODES.size());
        JdbcStores.migrate(admin, dialect);
        List<ConnectionKiller> nodes = pools.subList(0, NODES.size()).stream()
                .map(pool -> new ConnectionKiller(pool, admin, dialect)).toList();
        Runnable closeDatabase = shutdown;
        return new Database(nodes, admin, () -> {
            pools.forEach(HikariDataSource::close);
            closeDatabase.run();
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JdbcDialect.class)
    @DisplayName("every message of each tenant reaches that tenant's people once, no send starts after its lease,"
            + " nothing stays claimed and every outcome is explained")
    void faults(JdbcDialect dialect, @TempDir Path dir) throws Exception {
        Database database = open(dialect, dir);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        // Dead letters and the killed connection are logged at WARN on purpose: what they log is checked below.
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        List<Node> nodes = new ArrayList<>();
        try {
            FaultyProvider[] provider = new FaultyProvider[1];
            for (int i = 0; i < NODES.size(); i++) {
                nodes.add(new Node(NODES.get(i), database.nodes().get(i), provider));
            }
            JdbcStores admin = JdbcStores.builder().dataSource(database.admin()).build();
            provider[0] = new FaultyProvider(20261126L, clock, notes, INTERRUPTED_NODE, 20, KILLING_NODE, 30,
                    nodes.get(NODES.indexOf(KILLING_NODE)).dataSource, admin.outbox());
            for (TenantId tenant : TENANTS) {
                enrolAndBroadcast(tenant, admin, nodes.get(0).communication);
            }
            assertThat(states(admin).values()).as("messages queued").hasSize(2 * PEOPLE * BROADCASTS.size())
                    .containsOnly(OutboxState.PENDING);

            runUntilSettled(nodes, admin, provider[0]);
            int requeued = 0;
            for (int pass = 0; pass < 6 && states(admin).containsValue(OutboxState.DEAD); pass++) {
                requeued += putBackDeadLetters(nodes.get(0).communication, provider[0]);
                runUntilSettled(nodes, admin, provider[0]);
            }

            System.setErr(stderr);
            check(admin, provider[0], nodes, requeued, log.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.setErr(stderr);
            nodes.forEach(n -> n.thread.shutdownNow());
            database.close().close();
        }
    }

    private void enrolAndBroadcast(TenantId tenant, JdbcStores stores, CommunicationServices communication) {
        stores.programStore().saveProgram(Program.builder().tenant(tenant).id(SPRING).name("Spring")
                .kickOff(LocalDate.of(2026, 9, 15)).closing(LocalDate.of(2027, 7, 15)).zone("Europe/Paris")
                .locale(Locale.FRENCH).status(ProgramStatus.RUNNING).build());
        for (int i = 0; i < PEOPLE; i++) {
            stores.programStore().saveParticipant(tenant, Participant.builder().program(SPRING)
                    .person(PersonId.of(String.format(Locale.ROOT, "person-%03d", i)))
                    .role(i % 2 == 0 ? Role.MENTOR : Role.MENTEE).preferredChannel(Channel.EMAIL)
                    .locale(i % 3 == 0 ? Locale.CANADA_FRENCH : Locale.FRENCH)
                    .zone(ZoneId.of(i % 3 == 0 ? "America/Montreal" : "Europe/Paris"))
                    .enrolledOn(LocalDate.of(2026, 9, 1)).build());
        }
        for (String id : BROADCASTS) {
            communication.broadcasts().publish(tenant, new Broadcast(BroadcastId.of(id), SPRING, Audience.BOTH,
                    "announcement", Map.of(Locale.FRENCH, MessageContent.of("Annonce " + id, "Bonjour à tous."))));
        }
    }

    /**
     * Rounds of scheduler ticks, the clock moving a step after each: every node that is neither stopped nor hanging in
     * a send ticks, and a round waits for every node except one that hangs, as the world goes on around a stuck node.
     */
    private void runUntilSettled(List<Node> nodes, JdbcStores admin, FaultyProvider provider) throws Exception {
        for (int rounds = 0; rounds < MAX_ROUNDS && !settled(admin); rounds++) {
            round++;
            roundStarts.add(clock.instant());
            for (Node node : nodes) {
                if (!node.stopped && (node.tick == null || node.tick.isDone())) {
                    node.tick = node.thread.submit(node::tick);
                }
            }
            for (Node node : nodes) {
                while (node.tick != null && !node.tick.isDone() && !provider.hanging(node.name)) {
                    Thread.sleep(1);
                }
            }
            for (Node node : nodes) {
                if (node.tick != null && node.tick.isDone()) {
                    node.tick.get();
                }
            }
            clock.advance(STEP);
        }
        for (Node node : nodes) {
            if (node.tick != null) {
                node.tick.get(1, TimeUnit.MINUTES);
            }
        }
    }

    private static boolean settled(JdbcStores admin) {
        for (TenantId tenant : TENANTS) {
            for (OutboxState state : List.of(OutboxState.PENDING, OutboxState.IN_FLIGHT)) {
                try (Stream<OutboxEntry> open = admin.outbox().entries(tenant, SPRING, state)) {
                    if (open.findAny().isPresent()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static Map<String, OutboxState> states(JdbcStores admin) {
        Map<String, OutboxState> states = new HashMap<>();
        for (TenantId tenant : TENANTS) {
            try (Stream<OutboxEntry> entries = admin.outbox().entries(tenant, SPRING)) {
                entries.forEach(e -> states.put(tenant + "/" + e.message().idempotencyKey(), e.state()));
            }
        }
        return states;
    }

    /** A host lists the dead letters, checks none of them reached anyone and why each died, and puts them back. */
    private int putBackDeadLetters(CommunicationServices host, FaultyProvider provider) {
        int requeued = 0;
        for (TenantId tenant : TENANTS) {
            for (OutboxEntry dead : host.deadLetters().list(tenant, SPRING)) {
                String key = dead.message().idempotencyKey();
                assertThat(provider.arrived).as("a dead letter that reached its recipient: %s", key)
                        .doesNotContainKey(key);
                assertThat(dead.lastError()).as("why %s died", key).satisfiesAnyOf(
                        reason -> assertThat(reason).isEqualTo(FaultyProvider.REFUSED),
                        reason -> assertThat(reason).startsWith("gave up after " + SETTINGS.maxAttempts()
                                + " attempts"));
                assertThat(host.deadLetters().requeue(tenant, key)).isTrue();
                requeued++;
            }
        }
        return requeued;
    }

    private void check(JdbcStores admin, FaultyProvider provider, List<Node> nodes, int requeued, List<String> log) {
        Map<TenantId, List<OutboxEntry>> entries = new HashMap<>();
        for (TenantId tenant : TENANTS) {
            try (Stream<OutboxEntry> all = admin.outbox().entries(tenant, SPRING)) {
                entries.put(tenant, all.toList());
            }
        }

        // Nothing stays claimed, and each final state is explained: every message was delivered, and arrived.
        for (TenantId tenant : TENANTS) {
            assertThat(entries.get(tenant)).as("messages of %s", tenant).hasSize(PEOPLE * BROADCASTS.size());
            for (OutboxEntry e : entries.get(tenant)) {
                String key = e.message().idempotencyKey();
                assertThat(e.state()).as("state of %s/%s", tenant, key).isEqualTo(OutboxState.DELIVERED);
                assertThat(provider.arrived.get(key)).as("who %s reached", key).isEqualTo(tenant);
            }
        }

        // Each tenant's people got each of their messages: two tenants with the same ids share no key.
        Set<String> acme = keys(entries.get(ACME));
        Set<String> globex = keys(entries.get(GLOBEX));
        assertThat(acme).doesNotContainAnyElementsOf(globex);
        for (TenantId tenant : TENANTS) {
            assertThat(provider.arrived.values().stream().filter(tenant::equals).count())
                    .as("messages that reached %s's people", tenant).isEqualTo(PEOPLE * BROADCASTS.size());
        }

        // Every repeated call for one message carried the same key, so the provider delivered it once.
        assertThat(provider.keysByIdentity).hasSize(2 * PEOPLE * BROADCASTS.size());
        assertThat(provider.keysByIdentity.values()).allSatisfy(keys -> assertThat(keys).hasSize(1));
        assertThat(provider.callsByKey.values().stream().filter(calls -> calls.get() > 1).count())
                .as("messages sent more than once").isPositive();

        // No send started after its lease expired.
        assertThat(provider.leaseViolations).isEmpty();

        // The faults happened.
        for (FaultyProvider.Fate fate : FaultyProvider.Fate.values()) {
            assertThat(provider.count(fate)).as("calls that went %s", fate).isPositive();
        }
        assertThat(notes.lateDeliveries.get()).as("deliveries recorded after their lease ran out").isPositive();
        assertThat(notes.renewals.get()).as("leases renewed").isPositive();
        assertThat(requeued).as("dead letters put back").isPositive();

        // The killed connection cost one outcome, which was recorded on a later claim.
        Node killing = nodes.get(NODES.indexOf(KILLING_NODE));
        assertThat(killing.dataSource.kills()).isEqualTo(1);
        assertThat(summaries.stream().mapToInt(DispatchSummary::unsettled).sum()).as("outcomes lost to the kill")
                .isPositive();
        assertThat(log).anySatisfy(line -> assertThat(line).startsWith("WARN").contains("call(s) to the outbox"));

        // The interrupted node kept the interrupt, gave back the rest of its batch and claimed nothing after.
        Node interrupted = nodes.get(NODES.indexOf(INTERRUPTED_NODE));
        assertThat(interrupted.interruptKept).isTrue();
        assertThat(interrupted.interruptedRuns).singleElement()
                .satisfies(s -> assertThat(s.released()).as("claims given back").isPositive());
        assertThat(notes.releases.get()).isEqualTo(interrupted.interruptedRuns.get(0).released());
        long interruptedAt = provider.interruptedAtSeq.get();
        assertThat(interruptedAt).isPositive();
        assertThat(notes.claims).filteredOn(c -> c.thread().equals(INTERRUPTED_NODE))
                .allSatisfy(c -> assertThat(c.seq()).isLessThanOrEqualTo(interruptedAt));

        // Claims left behind (a sender that hung, stopped or lost its connection) were taken again by the first
        // round that started after their lease expired, whatever the backlog.
        List<WatchedOutbox.Claim> claims = new ArrayList<>(notes.claims);
        int orphans = 0;
        for (WatchedOutbox.Claim orphan : claims) {
            if (notes.settledTokens.contains(orphan.token())) {
                continue;
            }
            Instant expiry = notes.renewedUntil.getOrDefault(orphan.token(), orphan.leaseExpiresAt());
            int firstRoundAfter = firstRoundStartingAtOrAfter(expiry);
            WatchedOutbox.Claim next = claims.stream()
                    .filter(c -> c.seq() > orphan.seq() && c.tenant().equals(orphan.tenant())
                            && c.key().equals(orphan.key()))
                    .findFirst().orElse(null);
            if (next != null && firstRoundAfter > 0) {
                orphans++;
                assertThat(next.round()).as("round that took back %s, whose lease expired at %s", orphan, expiry)
                        .isLessThanOrEqualTo(firstRoundAfter);
            }
        }
        assertThat(orphans).as("claims left behind and taken again").isPositive();

        // Nothing else was logged at WARN than the faults explain: dead letters, the outcome the killed connection
        // cost, and what the pool and the store say about that connection.
        assertThat(log.stream().filter(line -> line.startsWith("WARN") || line.startsWith("ERROR")))
                .allSatisfy(line -> assertThat(line).satisfiesAnyOf(
                        l -> assertThat(l).startsWith(DISPATCHER + "Gave up on message "),
                        l -> assertThat(l).startsWith(DISPATCHER + "1 call(s) to the outbox or the program store"
                                + " failed for tenant "),
                        l -> assertThat(l).startsWith("WARN io.elan.mentoring.jdbc.internal.Transactor - Could not"
                                + " restore auto-commit on a connection after its transaction ended"),
                        l -> assertThat(l).startsWith("WARN com.zaxxer.hikari.pool.ProxyConnection")
                                .contains("marked as broken because of SQLSTATE(57P01)")));

        // Each dead-lettering was raised once and logged once.
        List<String> deadLines = log.stream().filter(l -> l.startsWith("WARN") && l.contains("Gave up on message"))
                .toList();
        assertThat(deadLines).hasSameSizeAs(deadLettered);
        assertThat(deadLettered).hasSizeGreaterThanOrEqualTo(requeued);
        assertThat(claimFailures).as("runs that could not claim").isEmpty();
    }

    private int firstRoundStartingAtOrAfter(Instant instant) {
        for (int r = 0; r < roundStarts.size(); r++) {
            if (!roundStarts.get(r).isBefore(instant)) {
                return r + 1;
            }
        }
        return -1;
    }

    private static Set<String> keys(List<OutboxEntry> entries) {
        return entries.stream().map(e -> e.message().idempotencyKey()).collect(Collectors.toCollection(HashSet::new));
    }
}
