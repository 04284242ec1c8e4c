package io.elan.mentoring.survey.collection;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;

/**
 * Provides each wave's secret. Hosts keep secrets in their key store, apart from both the token registry and the
 * response store and never in the database that holds them (whoever reads the secret, the invitations and the held
 * responses together can link each response still held to its person), and return the same secret for a wave, on
 * every node and across restarts, for as long as it accepts responses and until its closing publication: the secret
 * opens the responses held until their batch is published, and a lost secret loses them.
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
