package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.tck.KitFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two application nodes, each with its own stores and connection pool, sharing one database: they agree on which
 * publication of a broadcast was first and on each person's first entry, and a node started later sees it all.
 */
@DisplayName("two nodes sharing one broadcast log")
class MultiNodeBroadcastLogTest {
    private static final ProgramId PROGRAM = ProgramId.of("p");
    private static final BroadcastId ID = BroadcastId.of("kick-off");

    @ParameterizedTest
    @EnumSource(JdbcDialect.class)
    @DisplayName("agree on the first publication and record each person once, and a restarted node reads the same")
    void agree(JdbcDialect dialect) throws Exception {
        JdbcStores first = TestDatabases.stores(dialect);
        JdbcConnectionPool secondPool = TestDatabases.secondNodePool(dialect);
        try {
            BroadcastLog a = first.broadcastLog();
            BroadcastLog b = JdbcStores.builder().dataSource(secondPool).dialect(dialect).build().broadcastLog();
            TenantId tenant = KitFixtures.freshTenant();
            CyclicBarrier start = new CyclicBarrier(4);
            List<Callable<List<Addressee>>> workers = new ArrayList<>();
            List<BroadcastLog> nodes = List.of(a, b, a, b);
            for (int w = 0; w < nodes.size(); w++) {
                BroadcastLog node = nodes.get(w);
                PublishedBroadcast mine = KitFixtures.broadcast(PROGRAM, ID.value(), "Node " + w,
                        KitFixtures.T0.plusSeconds(w));
                // Every worker addresses the same 120 people, starting at a different one.
                int from = w * 30;
                List<Addressee> people = IntStream.range(0, 120)
                        .mapToObj(n -> KitFixtures.queued("person-" + (from + n) % 120, "worker-" + from + "-" + n,
                                KitFixtures.T0))
                        .toList();
                workers.add(() -> {
                    start.await();
                    node.publish(tenant, mine);
                    return node.address(tenant, PROGRAM, ID, people);
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Addressee> recorded = new ArrayList<>();
            try {
                for (Future<List<Addressee>> worker : pool.invokeAll(workers)) {
                    recorded.addAll(worker.get());
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(a.broadcasts(tenant, PROGRAM)).hasSize(1).isEqualTo(b.broadcasts(tenant, PROGRAM));
            assertThat(recorded).extracting(r -> r.person().value()).hasSize(120).doesNotHaveDuplicates();
            assertThat(a.addressees(tenant, PROGRAM, ID)).containsExactlyInAnyOrderElementsOf(recorded)
                    .isEqualTo(b.addressees(tenant, PROGRAM, ID));

            BroadcastLog restarted = JdbcStores.builder().dataSource(secondPool).dialect(dialect).build()
                    .broadcastLog();
            assertThat(restarted.find(tenant, PROGRAM, ID)).isEqualTo(a.find(tenant, PROGRAM, ID));
            assertThat(restarted.addressees(tenant, PROGRAM, ID)).isEqualTo(a.addressees(tenant, PROGRAM, ID));
        } finally {
            secondPool.dispose();
        }
    }
}
