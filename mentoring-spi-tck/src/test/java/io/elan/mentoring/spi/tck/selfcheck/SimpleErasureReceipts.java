package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.privacy.ErasureReceipt;
import io.elan.mentoring.spi.privacy.ErasureReceipts;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small store of erasure receipts for checking the kit; with {@code firstWins} false a receipt recorded again under
 * its id replaces the first.
 */
final class SimpleErasureReceipts implements ErasureReceipts {
    private final boolean firstWins;
    private final Map<String, ErasureReceipt> byKey = new HashMap<>();

    SimpleErasureReceipts(boolean firstWins) {
        this.firstWins = firstWins;
    }

    @Override
    public synchronized boolean record(ErasureReceipt receipt) {
        String key = receipt.tenant().value() + "|" + receipt.id();
        if (firstWins) {
            return byKey.putIfAbsent(key, receipt) == null;
        }
        return byKey.put(key, receipt) == null;
    }

    @Override
    public synchronized List<ErasureReceipt> receipts(TenantId tenant) {
        return byKey.values().stream().filter(r -> r.tenant().equals(tenant))
                .sorted(Comparator.comparing(ErasureReceipt::erasedAt).thenComparing(ErasureReceipt::id)).toList();
    }
}
