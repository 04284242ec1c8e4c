package io.elan.mentoring.spi.messaging;

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
 * settles the claim with {@link #markDelivered}, {@link #retryAt} or {@link #markDead}. A claim that is not settled
 * before its lease expires is claimable again, by anyone.
 *
 * <h2>Exclusive claims</h2>
 * While a lease lasts, no other call to {@link #claimDue} returns the same message, even from another node sharing
 * the store. A settle call succeeds only with the message's latest claim token: once a message has been claimed
 * again, the earlier token is refused ({@code false}), so a slow sender cannot overwrite a newer sender's outcome.
 *
 * <h2>Concurrency and failures</h2>
 * Thread-safe; every method may run concurrently from several threads and nodes. Each call is atomic. Infrastructure
 * failures throw {@link StoreException}.
 */
public interface Outbox {

    /**
     * Stores a message unless one with the same idempotency key is already in the tenant's outbox, in any state.
     *
     * @param tenant the tenant
     * @param message the message
     * @return {@code true} if stored, {@code false} if the key was already known (nothing changed)
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
     * @return {@code true} if the claim was the message's latest and unsettled, {@code false} otherwise (nothing changed)
     */
    boolean markDelivered(TenantId tenant, String claimToken, Instant at);

    /**
     * Settles a claim: the send failed and may succeed later.
     *
     * @param tenant the tenant
     * @param claimToken the claim's token
     * @param nextAttemptAt when the message becomes due again
     * @param reason why the send failed, 1 to 1,000 characters
     * @return {@code true} if the claim was the message's latest and unsettled, {@code false} otherwise (nothing changed)
     */
    boolean retryAt(TenantId tenant, String claimToken, Instant nextAttemptAt, String reason);

    /**
     * Settles a claim: the message will never be sent (dead letter).
     *
     * @param tenant the tenant
     * @param claimToken the claim's token
     * @param at when it was given up on
     * @param reason why, 1 to 1,000 characters
     * @return {@code true} if the claim was the message's latest and unsettled, {@code false} otherwise (nothing changed)
     */
    boolean markDead(TenantId tenant, String claimToken, Instant at, String reason);

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
}
