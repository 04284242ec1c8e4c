package io.elan.mentoring.spi.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.TenantId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tenant-isolation rules every per-tenant port keeps: what one tenant writes, another never sees; the same ids in
 * two tenants are two records; a change in one tenant leaves the other as it was. A kit mounts it as a
 * {@code @Nested} class implementing the hooks, beside which it keeps the rules only its port has:
 *
 * <pre>{@code
 * @Nested
 * @DisplayName("tenant isolation")
 * class TenantIsolation implements TenantIsolationContract {
 *     public String aRecord() { return "a program"; }
 *     public void write(TenantId tenant, String id) { ... }
 *     public List<?> seenBy(TenantId tenant, String id) { ... }
 *     public void change(TenantId tenant, String id) { ... }
 * }
 * }</pre>
 *
 * Every test works in tenants of its own, so the port under test may serve every test.
 */
public interface TenantIsolationContract {

    /**
     * @return one record of the port in words, with its article, as failure messages name it ({@code "a program"})
     */
    String aRecord();

    /**
     * Writes, in {@code tenant}, a record under {@code id}; where the record has room for it, its content should show
     * its tenant, so that two tenants' records under one id differ.
     *
     * @param tenant the tenant to write in
     * @param id the id of the record, the same in the tenants a test compares
     */
    void write(TenantId tenant, String id);

    /**
     * @param tenant the tenant that reads
     * @param id the id a record was written under
     * @return everything {@code tenant} reads: what it finds under {@code id} and every listing of the port, in the
     *         port's order (a find that finds nothing adds nothing)
     */
    List<?> seenBy(TenantId tenant, String id);

    /**
     * Changes, in {@code tenant}, what it sees of the record under {@code id}: an update, an erasure or a removal
     * where the port has one, another write where it only appends.
     *
     * @param tenant the tenant to change in
     * @param id the id of a record written in that tenant
     */
    void change(TenantId tenant, String id);

    /** @return the record in words, without its article ({@code "program"}) */
    private String record() {
        return aRecord().replaceFirst("^an? ", "");
    }

    /** Another tenant reads none of what a tenant writes. */
    @Test
    @DisplayName("another tenant reads none of what a tenant writes")
    default void anotherTenantReadsNone() {
        TenantId tenant = freshTenant();
        TenantId other = freshTenant();
        write(tenant, "isolated-1");
        assertThat(seenBy(tenant, "isolated-1")).as("%s must be found in the tenant that wrote it", aRecord())
                .isNotEmpty();
        assertThat(seenBy(other, "isolated-1")).as("%s must not be found from another tenant", aRecord()).isEmpty();
    }

    /** The same ids written in another tenant are new there, and each tenant keeps its own. */
    @Test
    @DisplayName("the same ids written in another tenant are new there, and each tenant keeps its own")
    default void sameIdsAreNewInAnotherTenant() {
        TenantId tenant = freshTenant();
        TenantId other = freshTenant();
        write(tenant, "isolated-1");
        List<?> mine = List.copyOf(seenBy(tenant, "isolated-1"));
        write(other, "isolated-1");
        assertThat(seenBy(other, "isolated-1"))
                .as("%s written under an id another tenant uses must be new and found in its own tenant", aRecord())
                .isNotEmpty();
        assertThat(seenBy(tenant, "isolated-1"))
                .as("a tenant must keep its own %s when another tenant writes under the same id", record())
                .isEqualTo(mine);
    }

    /** A change in one tenant leaves another tenant as it was. */
    @Test
    @DisplayName("a change in one tenant leaves another tenant as it was")
    default void changeStaysInItsTenant() {
        TenantId tenant = freshTenant();
        TenantId other = freshTenant();
        write(tenant, "isolated-1");
        write(other, "isolated-1");
        List<?> mineBefore = List.copyOf(seenBy(tenant, "isolated-1"));
        List<?> theirsBefore = List.copyOf(seenBy(other, "isolated-1"));
        change(tenant, "isolated-1");
        assertThat(seenBy(tenant, "isolated-1")).as("a change of %s must show in its own tenant", aRecord())
                .isNotEqualTo(mineBefore);
        assertThat(seenBy(other, "isolated-1"))
                .as("a change of %s in one tenant must change nothing in another", aRecord()).isEqualTo(theirsBefore);
    }

    /** A tenant no run has used, so that a port shared by many runs holds nothing of it yet. */
    private static TenantId freshTenant() {
        return TenantId.of("kit-" + UUID.randomUUID());
    }
}
