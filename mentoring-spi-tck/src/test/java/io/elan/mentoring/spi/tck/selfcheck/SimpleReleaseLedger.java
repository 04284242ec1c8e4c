package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small ledger for the kit's self-check. With {@code accumulates} it is correct; without, an append replaces the sets
 * a key already had, so the guard would forget what it released before, which the kit must catch.
 */
final class SimpleReleaseLedger implements ReleaseLedger {
    private record WaveKey(TenantId tenant, ProgramId program, String wave) {
        WaveKey {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(wave, "wave");
        }
    }

    private final boolean accumulates;
    private final Map<WaveKey, Map<String, List<long[]>>> waves = new HashMap<>();

    SimpleReleaseLedger(boolean accumulates) {
        this.accumulates = accumulates;
    }

    @Override
    public synchronized Map<String, List<long[]>> released(TenantId tenant, ProgramId program, String wave) {
        Map<String, List<long[]>> copy = new HashMap<>();
        waves.getOrDefault(new WaveKey(tenant, program, wave), Map.of())
                .forEach((key, sets) -> copy.put(key, sets.stream().map(long[]::clone).toList()));
        return copy;
    }

    @Override
    public synchronized void append(TenantId tenant, ProgramId program, String wave, Map<String, List<long[]>> sets) {
        Map<String, List<long[]>> stored = waves.computeIfAbsent(new WaveKey(tenant, program, wave),
                k -> new HashMap<>());
        sets.forEach((key, added) -> {
            List<long[]> family = accumulates ? stored.computeIfAbsent(key, k -> new ArrayList<>()) : new ArrayList<>();
            added.forEach(set -> family.add(set.clone()));
            stored.put(key, family);
        });
    }
}
