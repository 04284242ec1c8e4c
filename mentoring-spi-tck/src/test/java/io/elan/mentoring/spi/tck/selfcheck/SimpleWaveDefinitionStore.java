package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.WaveDefinition;
import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A small wave definition store: first pin wins, or, when broken, the last one replaces it. */
final class SimpleWaveDefinitionStore implements WaveDefinitionStore {
    private record Key(TenantId tenant, ProgramId program, String wave) {}

    private final Map<Key, WaveDefinition> definitions = new HashMap<>();
    private final boolean firstWins;

    SimpleWaveDefinitionStore(boolean firstWins) {
        this.firstWins = firstWins;
    }

    @Override
    public synchronized WaveDefinition pinIfAbsent(TenantId tenant, ProgramId program, String wave,
            WaveDefinition candidate) {
        Key key = new Key(tenant, program, wave);
        if (firstWins) {
            return definitions.computeIfAbsent(key, k -> candidate);
        }
        definitions.put(key, candidate);
        return candidate;
    }

    @Override
    public synchronized Optional<WaveDefinition> pinned(TenantId tenant, ProgramId program, String wave) {
        return Optional.ofNullable(definitions.get(new Key(tenant, program, wave)));
    }
}
