package io.elan.mentoring.survey.anonymity;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ReleaseLedger} held in memory: the guard's default. Its history dies with the process, so a host that
 * restarts during a program should give the guard a ledger on its own storage. Thread-safe.
 */
public final class InMemoryReleaseLedger implements ReleaseLedger {

    private record WaveKey(TenantId tenant, ProgramId program, String wave) {}

    private final Map<WaveKey, Map<String, List<long[]>>> waves = new HashMap<>();

    /** Creates an empty ledger. */
    public InMemoryReleaseLedger() {}

    @Override
    public synchronized Map<String, List<long[]>> released(TenantId tenant, ProgramId program, String wave) {
        Map<String, List<long[]>> copy = new HashMap<>();
        waves.getOrDefault(new WaveKey(tenant, program, wave), Map.of())
                .forEach((key, sets) -> copy.put(key, List.copyOf(sets)));
        return copy;
    }

    @Override
    public synchronized void append(TenantId tenant, ProgramId program, String wave,
            Map<String, List<long[]>> sets) {
        Map<String, List<long[]>> stored = waves.computeIfAbsent(new WaveKey(tenant, program, wave),
                k -> new HashMap<>());
        sets.forEach((key, added) -> {
            List<long[]> family = stored.computeIfAbsent(key, k -> new ArrayList<>());
            for (long[] set : added) {
                family.add(set.clone());
            }
        });
    }
}
