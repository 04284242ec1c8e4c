package io.elan.mentoring.spi.program;

import java.time.Instant;
import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.VersionConflictException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps programs, their participants, pairs, touchpoints, attendance, hotline requests and follow-up calls.
 *
 * <h2>Versions</h2> Programs, participants, pairs, touchpoints, hotline requests and follow-up calls carry a version. A
 * save whose version is 0 creates the thing and fails with {@link VersionConflictException} if it already exists. A
 * save whose version equals the stored version replaces it. Any other version fails with
 * {@link VersionConflictException} and stores nothing. A successful save returns the value as stored, with the version
 * incremented by one; the value passed in is otherwise stored as given.
 *
 * <h2>Tenants</h2>
 * Every call is scoped by a {@link TenantId}. The same identifiers may exist in two tenants without meeting; a call
 * never reads, changes or reveals another tenant's data; only {@link #tenants()}, which serves the engine's timer
 * call, lists the tenant ids themselves. Saving a participant, pair, touchpoint, attendance, hotline request or call
 * for a program that does not exist in the tenant fails with {@link NotFoundException}.
 *
 * <h2>Order</h2> Lists are ordered: tenants by id, programs by id, participants by person id, pairs by id, touchpoints
 * by start then id, attendance by person id, hotline requests by raisedAt then id, calls by dueFrom then id (ids
 * compared as strings).
 *
 * <h2>Concurrency and failures</h2>
 * Implementations are thread-safe; every method may be called concurrently, from several threads and several nodes
 * sharing one store. Each call is atomic: it happens entirely or not at all. Infrastructure failures throw
 * {@link StoreException}; nothing of the failed call is stored.
 */
public interface ProgramStore {

    /** What replaces the subject and the answer of a hotline request once its retention period is over. */
    String CLEARED_TEXT = "(removed after its retention period)";

    /**
     * Creates or updates a program in its own tenant.
     *
     * @param program the program; its version says whether it is a creation (0) or an update
     * @return the program as stored, with its new version
     * @throws VersionConflictException if the version is stale or the program already exists
     */
    Program saveProgram(Program program);

    /**
     * @param tenant the tenant
     * @param id the program
     * @return the program, or empty if the tenant has no such program
     */
    Optional<Program> findProgram(TenantId tenant, ProgramId id);

    /**
     * @param tenant the tenant
     * @return every program of the tenant, by id
     */
    List<Program> programs(TenantId tenant);

    /**
     * Lists a tenant's programs in some states, such as the running ones the engine's timer call works on. The default
     * filters {@link #programs(TenantId)}; a store that can select by status in its query overrides it.
     *
     * @param tenant the tenant
     * @param statuses the states wanted
     * @return the tenant's programs in one of those states, by id
     */
    default List<Program> programs(TenantId tenant, Set<ProgramStatus> statuses) {
        return programs(tenant).stream().filter(p -> statuses.contains(p.status())).toList();
    }

    /**
     * Lists every tenant that has at least one program, whatever its state, so that the engine's timer call can serve
     * every tenant of a store. Not scoped to one tenant: it reveals tenant ids only, never anything stored under them.
     * The default throws, because a store written before this method existed cannot list its tenants; such a store
     * still works with a host that names each tenant it serves.
     *
     * @return the tenants, each once, ordered by id
     * @throws UnsupportedOperationException if the store cannot list its tenants
     */
    default List<TenantId> tenants() {
        throw new UnsupportedOperationException(getClass().getName() + " cannot list its tenants: implement"
                + " ProgramStore.tenants(), or name the tenants served one by one");
    }

    /**
     * Creates or updates a participant, identified by program and person.
     *
     * @param tenant the tenant
     * @param participant the participant
     * @return the participant as stored, with its new version
     * @throws NotFoundException if the program does not exist in the tenant
     * @throws VersionConflictException if the version is stale or the participant already exists
     */
    Participant saveParticipant(TenantId tenant, Participant participant);

    /**
     * @param tenant the tenant
     * @param program the program
     * @param person the person
     * @return the person's participation in the program, if any
     */
    Optional<Participant> findParticipant(TenantId tenant, ProgramId program, PersonId person);

    /**
     * @param tenant the tenant
     * @param program the program
     * @return every participant of the program, both communities, by person id
     */
    List<Participant> participants(TenantId tenant, ProgramId program);

    /**
     * Creates or updates a pair, identified by program and pair id.
     *
     * @param tenant the tenant
     * @param pair the pair
     * @return the pair as stored, with its new version
     * @throws NotFoundException if the program does not exist in the tenant
     * @throws VersionConflictException if the version is stale or the pair already exists
     */
    Pair savePair(TenantId tenant, Pair pair);

    /**
     * @param tenant the tenant
     * @param program the program
     * @param id the pair
     * @return the pair, if any
     */
    Optional<Pair> findPair(TenantId tenant, ProgramId program, PairId id);

    /**
     * @param tenant the tenant
     * @param program the program
     * @return every pair of the program, whatever its status, by id
     */
    List<Pair> pairs(TenantId tenant, ProgramId program);

    /**
     * Creates or updates a touchpoint, identified by program and touchpoint id.
     *
     * @param tenant the tenant
     * @param touchpoint the touchpoint
     * @return the touchpoint as stored, with its new version
     * @throws NotFoundException if the program does not exist in the tenant
     * @throws VersionConflictException if the version is stale or the touchpoint already exists
     */
    Touchpoint saveTouchpoint(TenantId tenant, Touchpoint touchpoint);

    /**
     * @param tenant the tenant
     * @param program the program
     * @param id the touchpoint
     * @return the touchpoint, if any
     */
    Optional<Touchpoint> findTouchpoint(TenantId tenant, ProgramId program, TouchpointId id);

    /**
     * @param tenant the tenant
     * @param program the program
     * @return every touchpoint of the program, by start then id
     */
    List<Touchpoint> touchpoints(TenantId tenant, ProgramId program);

    /**
     * Creates or updates a hotline request, identified by program and request id.
     *
     * @param tenant the tenant
     * @param request the request
     * @return the request as stored, with its new version
     * @throws NotFoundException if the program does not exist in the tenant
     * @throws VersionConflictException if the version is stale or the request already exists
     */
    HotlineRequest saveHotlineRequest(TenantId tenant, HotlineRequest request);

    /**
     * @param tenant the tenant
     * @param program the program
     * @param id the request
     * @return the request, if any
     */
    Optional<HotlineRequest> findHotlineRequest(TenantId tenant, ProgramId program, HotlineRequestId id);

    /**
     * @param tenant the tenant
     * @param program the program
     * @return every hotline request of the program, whatever its status, by raisedAt then id
     */
    List<HotlineRequest> hotlineRequests(TenantId tenant, ProgramId program);

    /**
     * Creates or updates a follow-up call, identified by program and call id.
     *
     * @param tenant the tenant
     * @param call the call
     * @return the call as stored, with its new version
     * @throws NotFoundException if the program does not exist in the tenant
     * @throws VersionConflictException if the version is stale or the call already exists
     */
    FollowUpCall saveFollowUpCall(TenantId tenant, FollowUpCall call);

    /**
     * @param tenant the tenant
     * @param program the program
     * @param id the call
     * @return the call, if any
     */
    Optional<FollowUpCall> findFollowUpCall(TenantId tenant, ProgramId program, FollowUpCallId id);

    /**
     * @param tenant the tenant
     * @param program the program
     * @return every follow-up call of the program, whatever its status, by dueFrom then id
     */
    List<FollowUpCall> followUpCalls(TenantId tenant, ProgramId program);

    /**
     * Records or replaces one participant's attendance of one touchpoint. Not versioned: the last write wins.
     *
     * @param tenant the tenant
     * @param attendance the attendance
     * @throws NotFoundException if the program or the touchpoint does not exist in the tenant
     */
    void recordAttendance(TenantId tenant, Attendance attendance);

    /**
     * @param tenant the tenant
     * @param program the program
     * @param touchpoint the touchpoint
     * @return the attendance recorded for the touchpoint, by person id
     */
    List<Attendance> attendance(TenantId tenant, ProgramId program, TouchpointId touchpoint);

    /**
     * Erases one person from every program of the tenant: removes their participations, their attendance, their
     * follow-up calls and the hotline requests they raised; keeps the pairs and the hotline requests they shared with
     * others with the {@link Erasure#pseudonym() pseudonym} in their place; and redacts the person's traces from every
     * other text it keeps (pair end reasons, hotline texts, call notes). No version changes except those of the records
     * it rewrote. Erasing the same person again finds nothing more to do. Atomic.
     *
     * @param tenant the tenant
     * @param erasure whom to erase and how to recognise them
     * @return how many records were removed or rewritten
     * @throws UnsupportedOperationException unless overridden
     */
    default int erase(TenantId tenant, Erasure erasure) {
        throw Erasure.unsupportedBy(this);
    }

    /**
     * Removes a program with everything in it: participants, pairs, touchpoints, attendance, hotline requests and
     * follow-up calls. For the retention of closed programs. Atomic.
     *
     * @param tenant the tenant
     * @param program the program
     * @return whether the tenant had the program
     * @throws UnsupportedOperationException unless overridden
     */
    default boolean eraseProgram(TenantId tenant, ProgramId program) {
        throw Erasure.unsupportedBy(this);
    }

    /**
     * Clears the texts of hotline requests closed before an instant: the subject becomes {@link #CLEARED_TEXT}, the
     * details empty, an answer {@link #CLEARED_TEXT}; the request itself, its dates and its status stay, and its
     * version goes up by one. Requests already cleared are skipped, so the call does the next ones each time.
     *
     * @param tenant the tenant
     * @param closedBefore requests closed strictly before it are cleared
     * @param limit the most requests to clear, at least 1
     * @return how many requests were cleared
     * @throws UnsupportedOperationException unless overridden
     */
    default int clearHotlineTexts(TenantId tenant, Instant closedBefore, int limit) {
        throw Erasure.unsupportedBy(this);
    }
}
