package io.elan.mentoring.spi.survey;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import java.util.List;
import java.util.Map;

/**
 * Remembers which respondents stood behind the figures the survey module's anonymity guard released for a wave, so
 * that later figures are checked against them after a restart, and on every node, too. Respondents appear only as
 * 64-bit fingerprints of their stored token, which is itself a one-way derivation: the ledger holds nothing that names
 * a person. A port: every guard of a program is given the same ledger, on shared storage when the host restarts
 * during a program or runs several nodes (the JDBC store has one); an implementation proves itself with the
 * {@code ReleaseLedgerCompatibilityKit} of {@code mentoring-spi-tck}.
 *
 * <p>Sets are grouped by key: the column of answers they concern, an item id or {@code @respondents} for counts of
 * respondents; only sets of the same key are ever compared. The guard appends what it needs to know what it
 * released (the groups of respondents its figures tell apart), not necessarily each figure's set. A set is a set: the
 * order of its fingerprints carries nothing, and an implementation may store them in any order.
 *
 * <h2>Concurrency and failures</h2>
 * Thread-safe; every call may run concurrently with any other, from several nodes sharing one store. An append is
 * atomic: a reader sees all of its sets or none of them, and a failed append stores none. Every call is scoped to one
 * tenant: nothing of another tenant is visible or changed. Infrastructure failures throw {@link StoreException}.
 *
 * <p>The guard reads the ledger, decides, then appends, within one call that it serialises in its own process. Hosts
 * running several nodes on a shared ledger must produce the reports of one wave on one node at a time (for example
 * under the lock their scheduler already holds): two releases checked against the same history could together expose
 * what neither exposes alone.
 */
public interface ReleaseLedger {

    /**
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     * @return every respondent set released for the wave, by figure key; each set lists fingerprints once, in no
     *     particular order; empty for a wave nothing was released from. The arrays are the caller's to change
     */
    Map<String, List<long[]>> released(TenantId tenant, ProgramId program, String wave);

    /**
     * Adds released sets, all of them or none; a set the ledger already holds for a key may be kept once.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id, 1 to 64 characters
     * @param sets the newly released sets, by figure key (1 to 128 characters); each set lists fingerprints once.
     *     The ledger keeps its own copies: changing an array afterwards changes nothing stored
     */
    void append(TenantId tenant, ProgramId program, String wave, Map<String, List<long[]>> sets);
}
