package io.elan.mentoring.spi.survey;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import java.util.Optional;

/**
 * Keeps the definition each wave was opened with, so that a wave id keeps one meaning for as long as figures are
 * released from it: the survey collector pins a wave when it first invites someone to it, the anonymity guard when
 * it first reports on it, and both refuse the same wave id with another {@link WaveDefinition}. A port: the survey
 * module keeps it in memory unless the host sets one on shared storage (the JDBC store has one); an implementation
 * proves itself with the {@code WaveDefinitionStoreCompatibilityKit} of {@code mentoring-spi-tck}.
 *
 * <h2>Idempotency</h2>
 * A wave has at most one definition per tenant and program: the first one pinned wins, whatever a later candidate
 * holds, and is never replaced.
 *
 * <h2>Concurrency and failures</h2>
 * Thread-safe; every call may run concurrently with any other, from several nodes sharing one store, and is atomic:
 * when two calls pin the same wave, both return the one stored. Every call is scoped to one tenant: nothing of another
 * tenant is visible or changed. Infrastructure failures throw {@link StoreException} and change nothing, so the same
 * call may simply be made again.
 */
public interface WaveDefinitionStore {

    /**
     * Stores the definition unless the wave has one.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id, 1 to 64 characters
     * @param candidate the definition to store
     * @return the stored definition: the candidate, or the one the wave was pinned with before
     */
    WaveDefinition pinIfAbsent(TenantId tenant, ProgramId program, String wave, WaveDefinition candidate);

    /**
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     * @return the wave's definition, if it was pinned
     */
    Optional<WaveDefinition> pinned(TenantId tenant, ProgramId program, String wave);
}
