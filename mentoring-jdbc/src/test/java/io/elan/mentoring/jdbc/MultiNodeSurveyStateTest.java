package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.tck.KitFixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two application nodes, each with its own stores and connection pool, sharing one database: they agree on each
 * person's first invitation to a wave and on every figure released, and a node started later reads the same, as a
 * host restarted during a wave would.
 */
@DisplayName("two nodes sharing the survey state")
class MultiNodeSurveyStateTest {
    private static final ProgramId PROGRAM = ProgramId.of("p");
    private static final String WAVE = "mid-point";

    @ParameterizedTest
    @EnumSource(JdbcDialect.class)
    @DisplayName("agree on each person's first invitation and on the released figures, and a restarted node reads"
            + " the same")
    void agree(JdbcDialect dialect) throws Exception {
        JdbcStores first = TestDatabases.stores(dialect);
        JdbcConnectionPool secondPool = TestDatabases.secondNodePool(dialect);
        try {
            JdbcStores second = JdbcStores.builder().dataSource(secondPool).dialect(dialect).build();
            TenantId tenant = KitFixtures.freshTenant();
            List<TokenRegistry> registries = List.of(first.tokenRegistry(), second.tokenRegistry(),
                    first.tokenRegistry(), second.tokenRegistry());
            List<ReleaseLedger> ledgers = List.of(first.releaseLedger(), second.releaseLedger(),
                    first.releaseLedger(), second.releaseLedger());
            CyclicBarrier start = new CyclicBarrier(4);
            List<Callable<List<Invitation>>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int worker = w;
                workers.add(() -> {
                    start.await();
                    List<Invitation> returned = new ArrayList<>();
                    // Every worker invites the same 60 people with tokens of its own, starting at a different one.
                    for (int n = 0; n < 60; n++) {
                        String person = String.format("person-%02d", (worker * 15 + n) % 60);
                        returned.add(registries.get(worker).issueIfAbsent(tenant, PROGRAM, WAVE,
                                KitFixtures.invitation(person, "worker-" + worker + "-" + person)));
                    }
                    // Each worker releases its own set and one every worker releases.
                    ledgers.get(worker).append(tenant, PROGRAM, WAVE, Map.of("pace.suits",
                            List.of(new long[] {worker, worker + 10L, worker + 20L}, new long[] {-1, -2, -3})));
                    return returned;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Invitation> returned = new ArrayList<>();
            try {
                for (Future<List<Invitation>> worker : pool.invokeAll(workers)) {
                    returned.addAll(worker.get());
                }
            } finally {
                pool.shutdownNow();
            }
            List<Invitation> stored = first.tokenRegistry().invitations(tenant, PROGRAM, WAVE);
            assertThat(stored).hasSize(60).isEqualTo(second.tokenRegistry().invitations(tenant, PROGRAM, WAVE));
            assertThat(returned).hasSize(240).allSatisfy(invitation -> assertThat(stored).contains(invitation));

            second.tokenRegistry().markAnswered(tenant, PROGRAM, WAVE, stored.get(0).token());
            JdbcStores restarted = JdbcStores.builder().dataSource(secondPool).dialect(dialect).build();
            assertThat(restarted.tokenRegistry().byToken(tenant, PROGRAM, WAVE, stored.get(0).token()))
                    .contains(stored.get(0).markedAnswered());
            assertThat(restarted.tokenRegistry().byToken(tenant, PROGRAM, WAVE, ResponseToken.of("unknown")))
                    .isEmpty();
            assertThat(sets(restarted.releaseLedger(), tenant)).containsExactlyInAnyOrder(
                    Set.of(0L, 10L, 20L), Set.of(1L, 11L, 21L), Set.of(2L, 12L, 22L), Set.of(3L, 13L, 23L),
                    Set.of(-1L, -2L, -3L));
        } finally {
            secondPool.dispose();
        }
    }

    private static List<Set<Long>> sets(ReleaseLedger ledger, TenantId tenant) {
        return ledger.released(tenant, PROGRAM, WAVE).get("pace.suits").stream()
                .map(set -> Arrays.stream(set).boxed().collect(Collectors.toSet()))
                .toList();
    }
}
