package io.elan.mentoring.survey.collection;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ResponseToken;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the invitations of each wave: which token was handed to which person, and whether it was used. Hosts that
 * run several nodes implement it on shared storage, apart from the response store.
 *
 * <p>An implementation must never record when a token was used, nor in which order, so that the registry cannot be
 * lined up with the order in which responses reach the store.
 *
 * <h2>Concurrency</h2>
 * Thread-safe: concurrent calls for the same person issue exactly one invitation.
 */
public interface TokenRegistry {

    /**
     * Stores the invitation unless the person already has one for the wave.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     * @param candidate the invitation to store
     * @return the stored invitation: the candidate, or the one the person already had
     */
    Invitation issueIfAbsent(TenantId tenant, ProgramId program, String wave, Invitation candidate);

    /**
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     * @param token a token as handed to a person
     * @return the invitation holding that token, if any
     */
    Optional<Invitation> byToken(TenantId tenant, ProgramId program, String wave, ResponseToken token);

    /**
     * Marks the invitation holding the token as answered; does nothing if it already is.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     * @param token the token as handed to the person
     */
    void markAnswered(TenantId tenant, ProgramId program, String wave, ResponseToken token);

    /**
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     * @return every invitation of the wave, ordered by person
     */
    List<Invitation> invitations(TenantId tenant, ProgramId program, String wave);
}
