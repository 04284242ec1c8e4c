package io.elan.mentoring.survey.anonymity;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.WaveDefinition;
import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link WaveDefinitionStore} held in memory, for tests, samples and single-node hosts that never restart during a
 * program. It forgets every pinned wave at restart and each node has its own, so a host that restarts while waves are
 * open, or runs several nodes, gives the collector and the guard one store on shared storage (such as the JDBC
 * store's). Thread-safe: the first definition pinned for a wave wins, atomically.
 */
public final class InMemoryWaveDefinitionStore implements WaveDefinitionStore {

    private record WaveKey(TenantId tenant, ProgramId program, String wave) {}

    private final ConcurrentMap<WaveKey, WaveDefinition> definitions = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryWaveDefinitionStore() {}

    @Override
    public WaveDefinition pinIfAbsent(TenantId tenant, ProgramId program, String wave, WaveDefinition candidate) {
        Objects.requireNonNull(candidate, "candidate");
        return definitions.computeIfAbsent(new WaveKey(tenant, program, wave), k -> candidate);
    }

    @Override
    public Optional<WaveDefinition> pinned(TenantId tenant, ProgramId program, String wave) {
        return Optional.ofNullable(definitions.get(new WaveKey(tenant, program, wave)));
    }
}
