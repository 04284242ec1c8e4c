package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.privacy.ErasureReceipt;
import io.elan.mentoring.spi.privacy.ErasureReceipts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link ErasureReceipts} in memory: a restart forgets them, so a host that must show its erasures later keeps them
 * on durable storage (the JDBC store has a table for them). Thread-safe: every call holds the instance's lock.
 */
public final class InMemoryErasureReceipts implements ErasureReceipts {

    private final Map<String, ErasureReceipt> byTenantAndId = new LinkedHashMap<>();

    /** Creates an empty store of receipts. */
    public InMemoryErasureReceipts() {}

    @Override
    public synchronized boolean record(ErasureReceipt receipt) {
        Objects.requireNonNull(receipt, "receipt");
        return byTenantAndId.putIfAbsent(receipt.tenant().value() + '\n' + receipt.id(), receipt) == null;
    }

    @Override
    public synchronized List<ErasureReceipt> receipts(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        List<ErasureReceipt> found = new ArrayList<>();
        for (ErasureReceipt receipt : byTenantAndId.values()) {
            if (receipt.tenant().equals(tenant)) {
                found.add(receipt);
            }
        }
        found.sort(Comparator.comparing(ErasureReceipt::erasedAt).thenComparing(ErasureReceipt::id));
        return List.copyOf(found);
    }
}
