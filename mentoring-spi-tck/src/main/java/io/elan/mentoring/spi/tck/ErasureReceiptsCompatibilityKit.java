package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.T0;
import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.privacy.ErasureReceipt;
import io.elan.mentoring.spi.privacy.ErasureReceipts;
import io.elan.mentoring.spi.tck.contract.TenantIsolationContract;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ErasureReceipts}: a receipt is kept once under its id, the first kept wins, receipts are
 * listed by erasure instant then id, and tenants stay apart. Extend it and return your store from {@link #receipts()};
 * every test works in tenants of its own.
 */
public abstract class ErasureReceiptsCompatibilityKit {

    /** @return the receipts under test; may be the same instance on every call */
    protected abstract ErasureReceipts receipts();

    private final TenantId tenant = freshTenant();

    private static ErasureReceipt receipt(TenantId tenant, String id, Duration after, int outbox) {
        return new ErasureReceipt(id, tenant, T0.plus(after), Map.of("programStore", 7, "outbox", outbox,
                "tokenRegistry", 0));
    }

    @Nested
    @DisplayName("keeping receipts")
    class Keeping {
        @Test
        @DisplayName("a new receipt is kept and read back with every count")
        void roundTrip() {
            ErasureReceipt kept = receipt(tenant, "erasure-1", Duration.ofMillis(1_234), 3);
            assertThat(receipts().record(kept)).as("recording a new receipt must return true").isTrue();
            assertThat(receipts().receipts(tenant))
                    .as("a recorded receipt must be read back with its id, tenant, instant and every count, zero"
                            + " counts included")
                    .containsExactly(kept);
        }

        @Test
        @DisplayName("recording a receipt again under its id keeps the first one")
        void firstWins() {
            ErasureReceipt first = receipt(tenant, "erasure-1", Duration.ZERO, 3);
            receipts().record(first);
            assertThat(receipts().record(receipt(tenant, "erasure-1", Duration.ofHours(1), 9)))
                    .as("recording a receipt whose id is kept already must return false").isFalse();
            assertThat(receipts().receipts(tenant))
                    .as("recording a receipt again under its id must keep the first receipt, unchanged")
                    .containsExactly(first);
        }

        @Test
        @DisplayName("receipts are listed by erasure instant, then id")
        void order() {
            ErasureReceipt late = receipt(tenant, "a-late", Duration.ofDays(2), 1);
            ErasureReceipt sameInstantB = receipt(tenant, "b", Duration.ofDays(1), 1);
            ErasureReceipt sameInstantA = receipt(tenant, "a", Duration.ofDays(1), 1);
            ErasureReceipt early = receipt(tenant, "z-early", Duration.ZERO, 1);
            for (ErasureReceipt r : List.of(late, sameInstantB, early, sameInstantA)) {
                receipts().record(r);
            }
            assertThat(receipts().receipts(tenant)).as("receipts must be listed by erasure instant, then id")
                    .containsExactly(early, sameInstantA, sameInstantB, late);
        }

        @Test
        @DisplayName("a tenant without erasures lists no receipt")
        void none() {
            assertThat(receipts().receipts(tenant)).as("a tenant without erasures must list no receipt").isEmpty();
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation implements TenantIsolationContract {
        @Override
        public String aRecord() {
            return "a receipt";
        }

        @Override
        public void write(TenantId in, String id) {
            assertThat(receipts().record(receipt(in, id, Duration.ZERO, 1)))
                    .as("a receipt id, even one kept in another tenant, must be new in its own tenant").isTrue();
        }

        @Override
        public List<?> seenBy(TenantId in, String id) {
            return receipts().receipts(in);
        }

        @Override
        public void change(TenantId in, String id) {
            receipts().record(receipt(in, id + "-later", Duration.ofDays(1), 2));
        }
    }

    @Nested
    @DisplayName("concurrent calls")
    class ConcurrentCalls {
        @Test
        @DisplayName("eight threads recording the same fifty receipts keep each once, and each is new exactly once")
        void sameReceipts() {
            List<ErasureReceipt> all = IntStream.range(0, 50)
                    .mapToObj(i -> receipt(tenant, "erasure-" + i, Duration.ofSeconds(i), i)).toList();
            List<Integer> fresh = Concurrently.run(8, t -> () -> {
                int n = 0;
                for (ErasureReceipt r : all) {
                    n += receipts().record(r) ? 1 : 0;
                }
                return n;
            });
            assertThat(fresh.stream().mapToInt(Integer::intValue).sum())
                    .as("eight threads recording the same fifty receipts must be told 50 times in all that one was"
                            + " new")
                    .isEqualTo(50);
            assertThat(receipts().receipts(tenant)).as("each of the fifty receipts must be kept once")
                    .containsExactlyElementsOf(all);
        }
    }
}
