package io.elan.mentoring.survey.anonymity;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import java.util.List;
import java.util.Map;

/**
 * Remembers which respondents stood behind every figure the {@link AnonymityGuard} released for a wave, so that
 * later figures are checked against them after a restart too. Respondents appear only as 64-bit fingerprints of
 * their stored token, which is itself a one-way derivation: the ledger holds nothing that names a person.
 *
 * <p>Figures are grouped by key (an item id, {@code scale:<id>}, or {@code respondents}); only sets of the same key
 * are ever compared.
 *
 * <h2>Concurrency</h2>
 * Thread-safe. The guard reads the ledger, decides, then appends, within one call that it serialises in its own
 * process. Hosts running several nodes on a shared ledger must produce the reports of one wave on one node at a
 * time (for example under the lock their scheduler already holds): two releases checked against the same history
 * could together expose what neither exposes alone.
 */
public interface ReleaseLedger {

    /**
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     * @return every respondent set released for the wave, by figure key; each set lists fingerprints once, in no
     *     particular order
     */
    Map<String, List<long[]>> released(TenantId tenant, ProgramId program, String wave);

    /**
     * Adds released sets; sets the ledger already holds for a key may be kept once.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     * @param sets the newly released sets, by figure key
     */
    void append(TenantId tenant, ProgramId program, String wave, Map<String, List<long[]>> sets);
}
