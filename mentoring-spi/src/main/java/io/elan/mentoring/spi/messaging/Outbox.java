package io.elan.mentoring.spi.messaging;

import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps outgoing messages until they are delivered or given up on, so that a message is never lost and never sent
 * twice.
 *
 * <h2>Life of a message</h2>
 * {@link #enqueue} stores a message as {@link OutboxState#PENDING}, once per idempotency key and tenant.
 * {@link #claimDue} hands due messages to one caller under a lease ({@link OutboxState#IN_FLIGHT}); the caller then
 * settles the claim with {@link #markDelivered}, {@link #retryAt} or {@link #markDead}, or gives it back unsent with
 * {@link #release}. A claim that is not settled before its lease expires is claimable again, by anyone;
 * {@link #claimExpired} takes such orphaned claims ahead of any backlog, and {@link #renew} extends a lease that is
 * still held. A dead letter stays until a host puts it back with {@link #requeue}.
 *
 * <h2>Exclusive claims</h2>
 * While a lease lasts, no other call to {@link #claimDue} or {@link #claimExpired} returns the same message, even from
 * another node sharing the store. A settle call succeeds only with the message's latest claim token: once a message
 * has been claimed again, the earlier token is refused ({@code false}), so a slow sender cannot overwrite a newer
 * sender's outcome. The one exception is a delivery: the provider accepted the message, so
 * {@link #markDeliveredLate} records it whatever happened to the message since.
 *
 * <h2>Tenants</h2>
 * A message is kept under the tenant it is enqueued in, which must be the message's own {@link
 * OutgoingMessage#tenant()}; no call reads, claims or settles another tenant's messages.
 *
 * <h2>Concurrency and failures</h2>
 * Thread-safe; every method may run concurrently from several threads and nodes. Each call is atomic. Infrastructure
 * failures throw {@link StoreException}.
 *
 * <p>The methods with a default body came after the first version of this port; the defaults keep an older
 * implementation compiling and behave as it did (no orphan-first claims, no renewal, no release, no late delivery),
 * except {@link #requeue}, which it cannot offer. The compatibility kit checks the full contract.
 */
public interface Outbox {

    /** What replaces the body of a settled message once its retention period is over. */
    MessageContent CLEARED_BODY = MessageContent.of("(removed after its retention period)");

    /**
     * Stores a message unless one with the same idempotency key is already in the tenant's outbox, in any state.
     *
     * @param tenant the tenant
     * @param message the message, whose {@link OutgoingMessage#tenant()} is {@code tenant}
     * @return {@code true} if stored, {@code false} if the key was already known (nothing changed)
     * @throws io.elan.mentoring.spi.InvalidValueException if the message belongs to another tenant (nothing stored)
     */
    boolean enqueue(TenantId tenant, OutgoingMessage message);

    /**
     * Claims up to {@code limit} messages that are due at {@code now}: pending messages whose next attempt is at or
     * before {@code now}, and in-flight messages whose lease expired at or before {@code now}. Earliest due first.
     * Each claimed message's attempt count goes up by one and its lease runs until {@code now + lease}.
     *
     * @param tenant the tenant
     * @param now the current instant
     * @param limit the most messages to claim, at least 1
     * @param lease how long the caller has to settle each claim, positive
     * @return the claimed messages, possibly none
     * @throws io.elan.mentoring.spi.InvalidValueException if {@code limit} is below 1 or {@code lease} is not positive
     */
    List<ClaimedMessage> claimDue(TenantId tenant, Instant now, int limit, Duration lease);

    /**
     * Settles a claim: the message was delivered.
     *
     * @param tenant the tenant
     * @param claimToken the claim's token
     * @param at when it was delivered
     * @return {@code true} if the claim was the message's latest and unsettled, {@code false} otherwise (nothing
     *     changed)
     */
    boolean markDelivered(TenantId tenant, String claimToken, Instant at);

    /**
     * Settles a claim: the send failed and may succeed later.
     *
     * @param tenant the tenant
     * @param claimToken the claim's token
     * @param nextAttemptAt when the message becomes due again
     * @param reason why the send failed, 1 to 1,000 characters
     * @return {@code true} if the claim was the message's latest and unsettled, {@code false} otherwise (nothing
     *     changed)
     */
    boolean retryAt(TenantId tenant, String claimToken, Instant nextAttemptAt, String reason);

    /**
     * Settles a claim: the message will never be sent (dead letter).
     *
     * @param tenant the tenant
     * @param claimToken the claim's token
     * @param at when it was given up on
     * @param reason why, 1 to 1,000 characters
     * @return {@code true} if the claim was the message's latest and unsettled, {@code false} otherwise (nothing
     *     changed)
     */
    boolean markDead(TenantId tenant, String claimToken, Instant at, String reason);

    /**
     * Claims up to {@code limit} in-flight messages whose lease expired at or before {@code now}: claims orphaned by a
     * sender that stopped or stalled. The earliest expired first; otherwise exactly as {@link #claimDue}. A sender
     * calls it before {@code claimDue}, so that orphans are sent again one lease after they were claimed, whatever
     * the backlog of older pending messages.
     *
     * @param tenant the tenant
     * @param now the current instant
     * @param limit the most messages to claim, at least 1
     * @param lease how long the caller has to settle each claim, positive
     * @return the claimed messages, possibly none; none unless overridden, as an older outbox lets {@code claimDue}
     *     find expired claims in due order
     * @throws io.elan.mentoring.spi.InvalidValueException if {@code limit} is below 1 or {@code lease} is not positive
     */
    default List<ClaimedMessage> claimExpired(TenantId tenant, Instant now, int limit, Duration lease) {
        return List.of();
    }

    /**
     * Extends a claim's lease to {@code now + lease}, so that a sender whose batch takes long keeps its messages. It
     * succeeds while the claim is the message's latest and unsettled, even if its lease already ran out (nobody
     * claimed the message since, so nobody else sends it); the attempt count does not change.
     *
     * @param tenant the tenant
     * @param claim the claim
     * @param now the current instant
     * @param lease how long from now, positive
     * @return the claim with its new expiry, or empty if it is no longer the latest or is settled (nothing changed);
     *     always empty unless overridden
     * @throws io.elan.mentoring.spi.InvalidValueException if {@code lease} is not positive
     */
    default Optional<ClaimedMessage> renew(TenantId tenant, ClaimedMessage claim, Instant now, Duration lease) {
        return Optional.empty();
    }

    /**
     * Gives a claim back unsent, for a sender that stops before it sent the message (its thread was interrupted, its
     * lease is about to run out): the message is {@link OutboxState#PENDING} again, due at {@code dueAt}, and the
     * claim's attempt is not counted. Its last error is kept.
     *
     * @param tenant the tenant
     * @param claimToken the claim's token
     * @param dueAt when the message becomes due again
     * @return {@code true} if the claim was the message's latest and unsettled, {@code false} otherwise (nothing
     *     changed); always {@code false} unless overridden, leaving the claim to expire and count as an attempt
     */
    default boolean release(TenantId tenant, String claimToken, Instant dueAt) {
        return false;
    }

    /**
     * Records a delivery reported after the claim that sent it stopped being the message's latest: its lease ran out
     * during a slow send and the message was claimed again, retried or dead-lettered meanwhile. The provider accepted
     * the message, so {@link OutboxState#DELIVERED} wins over a newer claim, a pending retry and a dead letter; a newer
     * claim's later settle call is refused.
     *
     * @param tenant the tenant
     * @param claim a claim the outbox handed out for the message, its latest or an earlier one
     * @param at when it was delivered
     * @return {@code true} if this call recorded the delivery, {@code false} if the message was already delivered, the
     *     tenant's outbox does not have it, or the claim's attempt is beyond the attempts counted for it (so it was not
     *     handed out since the message was last put back with {@link #requeue}) (nothing changed); unless overridden,
     *     the same as {@link #markDelivered} with the claim's token
     */
    default boolean markDeliveredLate(TenantId tenant, ClaimedMessage claim, Instant at) {
        return markDelivered(tenant, claim.claimToken(), at);
    }

    /**
     * Puts a dead letter back in the outbox: {@link OutboxState#PENDING}, due at {@code dueAt}, its attempts counted
     * from zero again, its last error kept until the next outcome replaces it. For a host that fixed the cause (an
     * address, a gateway's configuration) and wants the message sent after all.
     *
     * @param tenant the tenant
     * @param idempotencyKey the message's key
     * @param dueAt when it becomes due
     * @return {@code true} if it was a dead letter and is pending now, {@code false} if the tenant's outbox has no
     *     such key or the message is not dead (nothing changed)
     * @throws UnsupportedOperationException unless overridden
     */
    default boolean requeue(TenantId tenant, String idempotencyKey, Instant dueAt) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot put dead letters back");
    }

    /**
     * @param tenant the tenant
     * @param idempotencyKey the message's key
     * @return the message and its state, if the tenant's outbox has it
     */
    Optional<OutboxEntry> find(TenantId tenant, String idempotencyKey);

    /**
     * Streams every message of a program, in any state, ordered by idempotency key. The stream may hold a
     * connection: close it (try-with-resources).
     *
     * @param tenant the tenant
     * @param program the program
     * @return the entries
     */
    Stream<OutboxEntry> entries(TenantId tenant, ProgramId program);

    /**
     * Streams the messages of a program in one state, ordered by idempotency key, such as its dead letters with
     * their last error. The stream may hold a connection: close it (try-with-resources).
     *
     * @param tenant the tenant
     * @param program the program
     * @param state the state
     * @return the entries in that state; unless overridden, {@link #entries(TenantId, ProgramId)} filtered
     */
    default Stream<OutboxEntry> entries(TenantId tenant, ProgramId program, OutboxState state) {
        return entries(tenant, program).filter(e -> e.state() == state);
    }

    /**
     * Erases one person: removes every message addressed to them, whatever its state (a pending one is thereby
     * cancelled, a delivered one loses its body and address), and redacts their traces from the bodies and last errors
     * of the messages that stay. Erasing the same person again finds nothing more to do. Atomic.
     *
     * @param tenant the tenant
     * @param erasure whom to erase and how to recognise them
     * @return how many messages were removed or rewritten
     * @throws UnsupportedOperationException unless overridden
     */
    default int erase(TenantId tenant, Erasure erasure) {
        throw Erasure.unsupportedBy(this);
    }

    /**
     * Removes every message of a program, for the retention of closed programs. Atomic.
     *
     * @param tenant the tenant
     * @param program the program
     * @return how many messages were removed
     * @throws UnsupportedOperationException unless overridden
     */
    default int eraseProgram(TenantId tenant, ProgramId program) {
        throw Erasure.unsupportedBy(this);
    }

    /**
     * Replaces the body of messages delivered or dead-lettered strictly before an instant with {@link #CLEARED_BODY},
     * for the retention of message bodies. The entry, its key, state and dates stay, so that the message is still never
     * sent twice. Bodies already cleared are skipped.
     *
     * @param tenant the tenant
     * @param settledBefore messages settled strictly before it lose their body
     * @param limit the most messages to clear, at least 1
     * @return how many bodies were cleared
     * @throws UnsupportedOperationException unless overridden
     */
    default int clearBodies(TenantId tenant, Instant settledBefore, int limit) {
        throw Erasure.unsupportedBy(this);
    }
}
