package io.elan.mentoring.spi.broadcast;

import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the broadcasts of each program and whom each was addressed to, so that late joiners can catch up and a
 * parity report can say who got what. A port: Élan keeps it in memory unless the host sets one on shared storage
 * (the JDBC store has one); an implementation proves itself with the {@code BroadcastLogCompatibilityKit} of
 * {@code mentoring-spi-tck}.
 *
 * <h2>Idempotency</h2>
 * A broadcast is stored once per tenant, program and id: the first publication wins, whatever a later one says.
 * A person is recorded once per broadcast: their first entry wins, so addressing the same people again records
 * nothing new.
 *
 * <h2>Concurrency and failures</h2>
 * Thread-safe; every call may run concurrently with any other, from several nodes sharing one store, and is atomic:
 * when two publications of one id race, both return the one stored; when two calls address the same person of one
 * broadcast, exactly one of them returns that person's entry. Every call is scoped to one tenant: nothing of another
 * tenant is visible or changed. Infrastructure failures throw {@link StoreException} and change nothing, so the same
 * call may simply be made again.
 */
public interface BroadcastLog {

    /**
     * Stores a broadcast unless its program already has one with the same id.
     *
     * @param tenant the tenant
     * @param broadcast the broadcast
     * @return the broadcast as stored: the given one, or the one stored first under that id
     */
    PublishedBroadcast publish(TenantId tenant, PublishedBroadcast broadcast);

    /**
     * @param tenant the tenant
     * @param program the program
     * @param id the broadcast
     * @return the broadcast, if stored
     */
    Optional<PublishedBroadcast> find(TenantId tenant, ProgramId program, BroadcastId id);

    /**
     * @param tenant the tenant
     * @param program the program
     * @return every broadcast of the program, by publication instant then id
     */
    List<PublishedBroadcast> broadcasts(TenantId tenant, ProgramId program);

    /**
     * Records recipients of a stored broadcast. A person already recorded for it keeps their first entry.
     *
     * @param tenant the tenant
     * @param program the program
     * @param id the broadcast
     * @param addressees the recipients
     * @return the entries actually recorded, in the given order: those of people not recorded before, and of a person
     *     listed twice only the first
     * @throws io.elan.mentoring.spi.NotFoundException if the broadcast is not stored
     */
    List<Addressee> address(TenantId tenant, ProgramId program, BroadcastId id, List<Addressee> addressees);

    /**
     * @param tenant the tenant
     * @param program the program
     * @param id the broadcast
     * @return its recipients, in the order recorded; empty if the broadcast is not stored
     */
    List<Addressee> addressees(TenantId tenant, ProgramId program, BroadcastId id);

    /**
     * Erases one person: removes their entries from every broadcast and redacts their traces from the details of the
     * entries that stay and from the broadcasts' texts. Erasing the same person again finds nothing more to do. Atomic.
     *
     * @param tenant the tenant
     * @param erasure whom to erase and how to recognise them
     * @return how many entries and broadcasts were removed or rewritten
     * @throws UnsupportedOperationException unless overridden
     */
    default int erase(TenantId tenant, Erasure erasure) {
        throw Erasure.unsupportedBy(this);
    }

    /**
     * Removes every broadcast of a program with its entries, for the retention of closed programs. Atomic.
     *
     * @param tenant the tenant
     * @param program the program
     * @return how many broadcasts were removed
     * @throws UnsupportedOperationException unless overridden
     */
    default int eraseProgram(TenantId tenant, ProgramId program) {
        throw Erasure.unsupportedBy(this);
    }
}
