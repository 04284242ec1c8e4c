package io.elan.mentoring.core.communication;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the broadcasts of each program and whom each was addressed to, so that late joiners can catch up and a
 * parity report can say who got what. A port: {@link InMemoryBroadcastLog} is the reference; a host may keep it in
 * its own database.
 *
 * <h2>Contract</h2>
 * Thread-safe; every call is atomic and scoped to one tenant (nothing of another tenant is visible). Infrastructure
 * failures throw {@link io.elan.mentoring.spi.StoreException}.
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
     * @return the entries actually recorded, in the given order (those of people not recorded before)
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
}
