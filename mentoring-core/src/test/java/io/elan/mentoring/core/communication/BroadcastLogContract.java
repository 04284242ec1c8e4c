package io.elan.mentoring.core.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link BroadcastLog} must do; an implementation's test extends it and supplies the log. */
abstract class BroadcastLogContract {

    private static final ProgramId PROGRAM = ProgramId.of("p");
    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

    protected abstract BroadcastLog log();

    private static TenantId freshTenant() {
        return TenantId.of("t-" + UUID.randomUUID());
    }

    private static PublishedBroadcast broadcast(String id, String title, Instant at) {
        return new PublishedBroadcast(new Broadcast(BroadcastId.of(id), PROGRAM, Audience.BOTH, "announcement",
                Map.of(Locale.FRENCH, MessageContent.of(title))), at);
    }

    private static Addressee queued(String person, String key) {
        return new Addressee(PersonId.of(person), Role.MENTEE, AddressingOutcome.QUEUED, Channel.EMAIL, key, false,
                T0, null);
    }

    @Test
    @DisplayName("the first broadcast stored under an id stays; publishing the id again returns it")
    void firstWins() {
        TenantId tenant = freshTenant();
        PublishedBroadcast first = broadcast("b1", "Premier", T0);

        assertThat(log().publish(tenant, first)).isEqualTo(first);
        assertThat(log().publish(tenant, broadcast("b1", "Autre", T0.plusSeconds(5)))).isEqualTo(first);
        assertThat(log().find(tenant, PROGRAM, BroadcastId.of("b1"))).contains(first);
    }

    @Test
    @DisplayName("broadcasts are listed by publication instant then id, per tenant and program")
    void listing() {
        TenantId tenant = freshTenant();
        log().publish(tenant, broadcast("b2", "Deux", T0.plusSeconds(10)));
        log().publish(tenant, broadcast("b1", "Un", T0.plusSeconds(10)));
        log().publish(tenant, broadcast("b0", "Zéro", T0));

        assertThat(log().broadcasts(tenant, PROGRAM)).extracting(b -> b.broadcast().id().value())
                .containsExactly("b0", "b1", "b2");
        assertThat(log().broadcasts(freshTenant(), PROGRAM)).isEmpty();
        assertThat(log().broadcasts(tenant, ProgramId.of("other"))).isEmpty();
    }

    @Test
    @DisplayName("a person is addressed once per broadcast: their first entry stays")
    void addressOnce() {
        TenantId tenant = freshTenant();
        log().publish(tenant, broadcast("b1", "Un", T0));

        List<Addressee> first = log().address(tenant, PROGRAM, BroadcastId.of("b1"),
                List.of(queued("ana", "k1"), queued("ben", "k2")));
        List<Addressee> second = log().address(tenant, PROGRAM, BroadcastId.of("b1"),
                List.of(queued("ana", "other"), queued("chloe", "k3")));

        assertThat(first).hasSize(2);
        assertThat(second).extracting(a -> a.person().value()).containsExactly("chloe");
        assertThat(log().addressees(tenant, PROGRAM, BroadcastId.of("b1")))
                .extracting(Addressee::idempotencyKey).containsExactly("k1", "k2", "k3");
    }

    @Test
    @DisplayName("addressing a broadcast that is not stored, or of another tenant, fails as not found")
    void addressUnknown() {
        TenantId tenant = freshTenant();
        log().publish(tenant, broadcast("b1", "Un", T0));

        assertThatThrownBy(() -> log().address(freshTenant(), PROGRAM, BroadcastId.of("b1"), List.of()))
                .isInstanceOf(NotFoundException.class);
        assertThat(log().addressees(freshTenant(), PROGRAM, BroadcastId.of("b1"))).isEmpty();
    }

    @Test
    @DisplayName("concurrent addressing of the same person records exactly one entry")
    void concurrentAddressing() throws Exception {
        TenantId tenant = freshTenant();
        log().publish(tenant, broadcast("b1", "Un", T0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Addressee>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String key = "k" + i;
                calls.add(pool.submit(() -> log().address(tenant, PROGRAM, BroadcastId.of("b1"),
                        List.of(queued("ana", key)))));
            }
            int recorded = 0;
            for (Future<List<Addressee>> call : calls) {
                recorded += call.get().size();
            }
            assertThat(recorded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(log().addressees(tenant, PROGRAM, BroadcastId.of("b1"))).hasSize(1);
    }
}
