package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.tck.KitFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("a connection that breaks during a write")
class FailureAtomicityTest {
    private static final ProgramId PROGRAM = ProgramId.of("p");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (JdbcDialect dialect : JdbcDialect.values()) {
            for (FailingDataSource.BreakAt at : FailingDataSource.BreakAt.values()) {
                cases.add(Arguments.of(dialect, at));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, breaking {1}")
    @MethodSource("cases")
    @DisplayName("leaves no part of the batch, and retrying the batch stores each event once")
    void noPartialBatch(JdbcDialect dialect, FailingDataSource.BreakAt at) {
        JdbcStores healthy = TestDatabases.stores(dialect);
        TenantId tenant = KitFixtures.freshTenant();
        List<ActivityEvent> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(KitFixtures.meeting(PROGRAM, "e" + i, "pair-" + (i % 7), KitFixtures.T0.plusSeconds(i)));
        }
        // Half of the batch is stored already: the failing append must neither add to it nor lose it.
        assertThat(healthy.activityLog().append(tenant, batch.subList(0, 100))).isEqualTo(100);

        FailingDataSource failing = new FailingDataSource(healthy.dataSource(), at);
        ActivityLog broken = JdbcStores.builder().dataSource(failing).dialect(dialect).build().activityLog();
        assertThatThrownBy(() -> broken.append(tenant, batch))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("connection lost");
        assertThat(failing.broke()).isTrue();
        assertThat(count(healthy, tenant)).as("events stored after the failed append").isEqualTo(100);

        assertThat(broken.append(tenant, batch)).as("events added by the retry").isEqualTo(100);
        assertThat(broken.append(tenant, batch)).as("events added by a second retry").isZero();
        assertThat(count(healthy, tenant)).isEqualTo(200);
        try (Stream<ActivityEvent> stored = healthy.activityLog().events(tenant, PROGRAM, Instant.MIN, Instant.MAX)) {
            assertThat(stored).containsExactlyElementsOf(batch);
        }
    }

    @ParameterizedTest(name = "{0}, breaking {1}")
    @MethodSource("cases")
    @DisplayName("records none of a broadcast's new recipients, and retrying records each person once")
    void noPartialAddressing(JdbcDialect dialect, FailingDataSource.BreakAt at) {
        JdbcStores healthy = TestDatabases.stores(dialect);
        TenantId tenant = KitFixtures.freshTenant();
        BroadcastId id = BroadcastId.of("b1");
        healthy.broadcastLog().publish(tenant, KitFixtures.broadcast(PROGRAM, id.value(), "Annonce", KitFixtures.T0));
        List<Addressee> people = IntStream.range(0, 50)
                .mapToObj(i -> KitFixtures.queued("p" + i, "k" + i, KitFixtures.T0))
                .toList();
        healthy.broadcastLog().address(tenant, PROGRAM, id, people.subList(0, 20));

        FailingDataSource failing = new FailingDataSource(healthy.dataSource(), at);
        BroadcastLog broken = JdbcStores.builder().dataSource(failing).dialect(dialect).build().broadcastLog();
        assertThatThrownBy(() -> broken.address(tenant, PROGRAM, id, people))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("connection lost");
        assertThat(failing.broke()).isTrue();
        assertThat(healthy.broadcastLog().addressees(tenant, PROGRAM, id)).as("recipients after the failed call")
                .isEqualTo(people.subList(0, 20));

        assertThat(broken.address(tenant, PROGRAM, id, people)).as("recorded by the retry")
                .isEqualTo(people.subList(20, 50));
        assertThat(broken.address(tenant, PROGRAM, id, people)).as("recorded by a second retry").isEmpty();
        assertThat(healthy.broadcastLog().addressees(tenant, PROGRAM, id)).isEqualTo(people);
    }

    @ParameterizedTest(name = "{0}, breaking {1}")
    @MethodSource("cases")
    @DisplayName("records none of the released sets of an append, and retrying records each set once")
    void noPartialRelease(JdbcDialect dialect, FailingDataSource.BreakAt at) {
        JdbcStores healthy = TestDatabases.stores(dialect);
        TenantId tenant = KitFixtures.freshTenant();
        Map<String, List<long[]>> released = Map.of(
                "respondents", List.of(new long[] {1, 2, 3, 4, 5}),
                "pace.suits", List.of(new long[] {1, 2, 3}, new long[] {3, 4, 5}),
                "goals.progress", List.of(new long[] {2, 3, 4}));

        FailingDataSource failing = new FailingDataSource(healthy.dataSource(), at);
        ReleaseLedger broken = JdbcStores.builder().dataSource(failing).dialect(dialect).build().releaseLedger();
        assertThatThrownBy(() -> broken.append(tenant, PROGRAM, "w", released))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("connection lost");
        assertThat(failing.broke()).isTrue();
        assertThat(healthy.releaseLedger().released(tenant, PROGRAM, "w")).as("sets after the failed append")
                .isEmpty();

        broken.append(tenant, PROGRAM, "w", released);
        broken.append(tenant, PROGRAM, "w", released);
        Map<String, List<long[]>> stored = healthy.releaseLedger().released(tenant, PROGRAM, "w");
        assertThat(stored).containsOnlyKeys(released.keySet());
        // The sets were given sorted, as the store keeps them, so they compare element by element.
        released.forEach((key, sets) -> assertThat(stored.get(key)).as(key).containsExactlyInAnyOrderElementsOf(sets));
    }

    private static long count(JdbcStores stores, TenantId tenant) {
        return stores.activityLog().count(tenant, PROGRAM, Instant.MIN, Instant.MAX);
    }
}
