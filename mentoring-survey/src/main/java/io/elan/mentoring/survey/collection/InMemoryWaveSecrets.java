package io.elan.mentoring.survey.collection;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link WaveSecrets} drawn from a {@link SecureRandom} on first use and held in memory, for tests, samples and
 * single-node hosts that never restart while a wave is open. Secrets die with the process: after a restart during an
 * open wave, the responses held until their batch is published can never be opened, so they are lost, and whether a
 * token was used rests on the token registry's answered mark alone (which an in-memory registry loses too).
 * Multi-node or long-running hosts keep secrets in their key store, never in the database that holds the invitations
 * and the responses. Thread-safe.
 */
public final class InMemoryWaveSecrets implements WaveSecrets {

    private record WaveKey(TenantId tenant, ProgramId program, String wave) {}

    private final SecureRandom random;
    private final Map<WaveKey, WaveSecret> secrets = new HashMap<>();

    /** @param random where secrets come from */
    public InMemoryWaveSecrets(SecureRandom random) {
        this.random = random;
    }

    /** Draws secrets from a new {@link SecureRandom}. */
    public InMemoryWaveSecrets() {
        this(new SecureRandom());
    }

    @Override
    public synchronized WaveSecret secretFor(TenantId tenant, ProgramId program, String wave) {
        return secrets.computeIfAbsent(new WaveKey(tenant, program, wave), k -> {
            byte[] key = new byte[WaveSecret.MIN_BYTES];
            random.nextBytes(key);
            return WaveSecret.of(key);
        });
    }

    /**
     * Destroys a wave's secret once it is closed and its closing publication has run, so that nobody can open what it
     * still holds (the withheld remainder) or link held tokens to issued ones any more.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     */
    public synchronized void forget(TenantId tenant, ProgramId program, String wave) {
        secrets.remove(new WaveKey(tenant, program, wave));
    }
}
