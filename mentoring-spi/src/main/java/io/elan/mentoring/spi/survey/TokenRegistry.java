package io.elan.mentoring.spi.survey;

import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the invitations of each wave: which token was handed to which person, and whether it was used. A port: the
 * survey module keeps it in memory unless the host sets one on shared storage (the JDBC store has one); an
 * implementation proves itself with the {@code TokenRegistryCompatibilityKit} of {@code mentoring-spi-tck}. Keep it
 * apart from the wave secrets: whoever reads both can link every response to its person.
 *
 * <p>An implementation must never record when a token was issued or used, nor in which order, so that the registry
 * cannot be lined up with the order in which responses reach the {@link SurveyResponseStore}. Reads are ordered by
 * person, never by arrival.
 *
 * <h2>Idempotency</h2>
 * A person has at most one invitation per tenant, program and wave: the first one issued wins, whatever a later
 * candidate holds. Marking a token answered twice, or marking a token nobody holds, changes nothing.
 *
 * <h2>Concurrency and failures</h2>
 * Thread-safe; every call may run concurrently with any other, from several nodes sharing one store, and is atomic:
 * when two calls issue an invitation to the same person of a wave, both return the one stored. Every call is scoped to
 * one tenant: nothing of another tenant is visible or changed. Infrastructure failures throw {@link StoreException}
 * and change nothing, so the same call may simply be made again.
 */
public interface TokenRegistry {

    /**
     * Stores the invitation unless the person already has one for the wave.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id, 1 to 64 characters
     * @param candidate the invitation to store
     * @return the stored invitation: the candidate, or the one the person already had
     * @throws IllegalStateException if another person of the wave already holds the candidate's token; nothing is
     *     stored (tokens are drawn at random, so this means a broken random source)
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
     * Marks the invitation holding the token as answered; does nothing if it already is, or if no invitation of the
     * wave holds the token.
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
     * @return every invitation of the wave, ordered by person id; empty for a wave without any
     */
    List<Invitation> invitations(TenantId tenant, ProgramId program, String wave);

    /**
     * @param tenant the tenant
     * @param person a person
     * @return every invitation the person holds in the tenant, by program then wave
     * @throws UnsupportedOperationException unless overridden
     */
    default List<PersonInvitation> invitationsOf(TenantId tenant, PersonId person) {
        throw Erasure.unsupportedBy(this);
    }

    /**
     * Erases one person: removes every invitation they hold, in every program and wave. Responses are kept apart and
     * are not touched: they stay, anonymous. Erasing the same person again finds nothing more to do. Atomic.
     *
     * @param tenant the tenant
     * @param erasure whom to erase
     * @return how many invitations were removed
     * @throws UnsupportedOperationException unless overridden
     */
    default int erase(TenantId tenant, Erasure erasure) {
        throw Erasure.unsupportedBy(this);
    }

    /**
     * Removes every invitation of a program, for the retention of closed programs. Atomic.
     *
     * @param tenant the tenant
     * @param program the program
     * @return how many invitations were removed
     * @throws UnsupportedOperationException unless overridden
     */
    default int eraseProgram(TenantId tenant, ProgramId program) {
        throw Erasure.unsupportedBy(this);
    }
}
