package io.elan.mentoring.spi.privacy;

import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import java.util.List;

/**
 * Keeps the receipts of erasures, so that a tenant can show when it answered a request to erase someone without
 * keeping who it was. A port: the JDBC store has one; an implementation proves itself with the
 * {@code ErasureReceiptsCompatibilityKit} of {@code mentoring-spi-tck}.
 *
 * <h2>Concurrency and failures</h2>
 * Thread-safe; each call is atomic and scoped to one tenant. A receipt whose id is already kept is ignored, so the
 * same receipt may be recorded again after a failure. Infrastructure failures throw {@link StoreException}.
 */
public interface ErasureReceipts {

    /**
     * Keeps a receipt unless one with its id is already kept in the tenant.
     *
     * @param receipt the receipt, kept under its own tenant
     * @return {@code true} if it was new
     */
    boolean record(ErasureReceipt receipt);

    /**
     * @param tenant the tenant
     * @return the tenant's receipts, by erasure instant then id
     */
    List<ErasureReceipt> receipts(TenantId tenant);
}
