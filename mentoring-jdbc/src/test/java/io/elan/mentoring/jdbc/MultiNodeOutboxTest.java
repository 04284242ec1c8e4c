package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.tck.KitFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two application nodes, each with its own stores and connection pool, sharing one database: a message is handed to
 * one node only, while its lease lasts.
 */
@DisplayName("two nodes sharing one outbox")
class MultiNodeOutboxTest {
    private static final ProgramId PROGRAM = ProgramId.of("p");

    @ParameterizedTest
    @EnumSource(JdbcDialect.class)
    @DisplayName("never both claim the same message, and together they claim every due one")
    void exclusive(JdbcDialect dialect) throws Exception {
        JdbcStores first = TestDatabases.stores(dialect);
        JdbcConnectionPool secondPool = TestDatabases.secondNodePool(dialect);
        try {
            Outbox a = first.outbox();
            Outbox b = JdbcStores.builder().dataSource(secondPool).dialect(dialect).build().outbox();
            TenantId tenant = KitFixtures.freshTenant();
            int total = 600;
            for (int i = 0; i < total; i++) {
                a.enqueue(tenant, KitFixtures.message(tenant, PROGRAM, "m" + i, KitFixtures.T0.plusMillis(i % 50)));
            }
            Instant now = KitFixtures.T0.plusSeconds(1);
            CyclicBarrier start = new CyclicBarrier(4);
            List<Callable<List<String>>> workers = new ArrayList<>();
            for (Outbox node : List.of(a, b, a, b)) {
                workers.add(() -> {
                    start.await();
                    List<String> mine = new ArrayList<>();
                    for (List<ClaimedMessage> batch; !(batch = node.claimDue(tenant, now, 20,
                            Duration.ofMinutes(10))).isEmpty(); ) {
                        batch.forEach(c -> mine.add(c.message().idempotencyKey()));
                    }
                    return mine;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<String> claimed = new ArrayList<>();
            try {
                for (Future<List<String>> worker : pool.invokeAll(workers)) {
                    claimed.addAll(worker.get());
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(claimed).hasSize(total);
            assertThat(new HashSet<>(claimed)).hasSize(total);
            assertThat(b.claimDue(tenant, now.plus(Duration.ofMinutes(10)).minusNanos(1), 10,
                    Duration.ofMinutes(1))).as("claims while the leases last").isEmpty();
            assertThat(b.claimDue(tenant, now.plus(Duration.ofMinutes(10)), total, Duration.ofMinutes(1)))
                    .as("claims once the leases expired").hasSize(total);
        } finally {
            secondPool.dispose();
        }
    }
}
