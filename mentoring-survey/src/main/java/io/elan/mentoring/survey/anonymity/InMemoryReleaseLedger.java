package io.elan.mentoring.survey.anonymity;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link ReleaseLedger} held in memory, for tests, samples and single-node hosts that never restart during a
 * program. Its history dies with the process and each node has its own: after a restart, a guard over a new one would
 * release again what combines with earlier releases, so a host that restarts during a program, or runs several nodes,
 * gives every guard the same ledger on shared storage (such as the JDBC store's). Thread-safe: every call holds the
 * ledger's lock, which makes each append atomic.
 */
public final class InMemoryReleaseLedger implements ReleaseLedger {

    /** One wave's key; a null part is refused, as every store refuses it. */
    private record WaveKey(TenantId tenant, ProgramId program, String wave) {
        WaveKey {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(wave, "wave");
        }
    }

    private final Map<WaveKey, Map<String, List<long[]>>> waves = new HashMap<>();

    /** Creates an empty ledger. */
    public InMemoryReleaseLedger() {}

    @Override
    public synchronized Map<String, List<long[]>> released(TenantId tenant, ProgramId program, String wave) {
        Map<String, List<long[]>> copy = new HashMap<>();
        waves.getOrDefault(new WaveKey(tenant, program, wave), Map.of())
                .forEach((key, sets) -> copy.put(key, sets.stream().map(long[]::clone).toList()));
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
