package io.elan.mentoring.survey.collection;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;

/**
 * Provides each wave's secret. Hosts keep secrets in their key store, apart from both the token registry and the
 * response store and never in the database that holds them (whoever reads the secret, the invitations and the
 * responses together can link every response to its person), and return the same secret for a wave, on every node,
 * for as long as it accepts responses.
 *
 * <h2>Concurrency</h2>
 * Thread-safe.
 */
@FunctionalInterface
public interface WaveSecrets {
    /**
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     * @return the wave's secret, the same on every call while the wave is open
     */
    WaveSecret secretFor(TenantId tenant, ProgramId program, String wave);
}
