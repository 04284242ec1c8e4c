package io.elan.mentoring.spi.privacy;

import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The proof that one person was erased, kept after the erasure: when, in which tenant, and how many records each port
 * removed or rewrote. It holds no identifier of the person, so keeping it keeps nothing about them.
 *
 * @param id the receipt, drawn at random, 1 to 128 characters
 * @param tenant the tenant
 * @param erasedAt when the erasure completed, from the engine's clock
 * @param counts per port ({@code "programStore"}, {@code "outbox"}...), the records it removed or rewrote; at most 16
 */
public record ErasureReceipt(String id, TenantId tenant, Instant erasedAt, Map<String, Integer> counts) {

    /**
     * Validates the fields and keeps the counts ordered by port.
     *
     * @param id the receipt, drawn at random, 1 to 128 characters
     * @param tenant the tenant
     * @param erasedAt when the erasure completed, from the engine's clock
     * @param counts per port ({@code "programStore"}, {@code "outbox"}...), the records it removed or rewrote; at most
     *     16
     */
    public ErasureReceipt {
        Checks.id(id, "id");
        Checks.present(tenant, "tenant");
        Checks.instant(erasedAt, "erasedAt");
        Map<String, Integer> sorted = new TreeMap<>();
        for (Map.Entry<String, Integer> e : Checks.map(counts, "counts", 16).entrySet()) {
            Checks.id(e.getKey(), "counts[]", 64);
            String field = "counts[" + e.getKey() + "]";
            Checks.notNegative(Checks.present(e.getValue(), field), field);
            sorted.put(e.getKey(), e.getValue());
        }
        counts = Collections.unmodifiableMap(sorted);
    }

    /** @return how many records were removed or rewrote, all ports together */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
