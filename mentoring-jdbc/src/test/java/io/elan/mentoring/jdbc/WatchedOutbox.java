package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * One node's view of a shared outbox that notes what the node's dispatcher did with it: every claim it was handed
 * (with the round it was made in and a sequence number shared by all nodes), the leases its thread holds, the claims
 * it settled or gave back, and the late deliveries the outbox accepted. The notes are shared by every node of a test.
 */
final class WatchedOutbox implements Outbox {

    /** One claim a dispatcher was handed. */
    record Claim(long seq, int round, String thread, TenantId tenant, String key, String token, int attempt,
            Instant at, Instant leaseExpiresAt) {}

    /** What every node's dispatcher did, in the order it happened. */
    static final class Notes {
        final AtomicLong seq = new AtomicLong();
        final Queue<Claim> claims = new ConcurrentLinkedQueue<>();
        final Set<String> settledTokens = ConcurrentHashMap.newKeySet();
        final AtomicInteger lateDeliveries = new AtomicInteger();
        final AtomicInteger releases = new AtomicInteger();
        final AtomicInteger renewals = new AtomicInteger();
        /** The latest expiry of each renewed claim, by token. */
        final Map<String, Instant> renewedUntil = new ConcurrentHashMap<>();
        /** The lease each thread holds on each message, by tenant and key: what its sends must start within. */
        final Map<String, Map<String, Instant>> heldByThread = new ConcurrentHashMap<>();

        Instant heldUntil(TenantId tenant, String key) {
            return heldByThread.getOrDefault(Thread.currentThread().getName(), Map.of()).get(tenant + "/" + key);
        }
    }

    private final Outbox outbox;
    private final Notes notes;
    private final IntSupplier round;

    WatchedOutbox(Outbox outbox, Notes notes, IntSupplier round) {
        this.outbox = outbox;
        this.notes = notes;
        this.round = round;
    }

    private List<ClaimedMessage> noted(TenantId tenant, Instant now, List<ClaimedMessage> claimed) {
        String thread = Thread.currentThread().getName();
        Map<String, Instant> held = notes.heldByThread.computeIfAbsent(thread, t -> new HashMap<>());
        for (ClaimedMessage c : claimed) {
            String key = c.message().idempotencyKey();
            notes.claims.add(new Claim(notes.seq.incrementAndGet(), round.getAsInt(), thread, tenant, key,
                    c.claimToken(), c.attempt(), now, c.leaseExpiresAt()));
            held.put(tenant + "/" + key, c.leaseExpiresAt());
        }
        return claimed;
    }

    private boolean settled(boolean accepted, String token) {
        if (accepted) {
            notes.settledTokens.add(token);
        }
        return accepted;
    }

    @Override
    public boolean enqueue(TenantId tenant, OutgoingMessage message) {
        return outbox.enqueue(tenant, message);
    }

    @Override
    public List<ClaimedMessage> claimDue(TenantId tenant, Instant now, int limit, Duration lease) {
        return noted(tenant, now, outbox.claimDue(tenant, now, limit, lease));
    }

    @Override
    public List<ClaimedMessage> claimExpired(TenantId tenant, Instant now, int limit, Duration lease) {
        return noted(tenant, now, outbox.claimExpired(tenant, now, limit, lease));
    }

    @Override
    public Optional<ClaimedMessage> renew(TenantId tenant, ClaimedMessage claim, Instant now, Duration lease) {
        Optional<ClaimedMessage> renewed = outbox.renew(tenant, claim, now, lease);
        renewed.ifPresent(r -> {
            notes.renewals.incrementAndGet();
            notes.renewedUntil.put(r.claimToken(), r.leaseExpiresAt());
            notes.heldByThread.computeIfAbsent(Thread.currentThread().getName(), t -> new HashMap<>())
                    .put(tenant + "/" + r.message().idempotencyKey(), r.leaseExpiresAt());
        });
        return renewed;
    }

    @Override
    public boolean release(TenantId tenant, String claimToken, Instant dueAt) {
        boolean released = settled(outbox.release(tenant, claimToken, dueAt), claimToken);
        if (released) {
            notes.releases.incrementAndGet();
        }
        return released;
    }

    @Override
    public boolean markDelivered(TenantId tenant, String claimToken, Instant at) {
        return settled(outbox.markDelivered(tenant, claimToken, at), claimToken);
    }

    @Override
    public boolean markDeliveredLate(TenantId tenant, ClaimedMessage claim, Instant at) {
        boolean late = settled(outbox.markDeliveredLate(tenant, claim, at), claim.claimToken());
        if (late) {
            notes.lateDeliveries.incrementAndGet();
        }
        return late;
    }

    @Override
    public boolean retryAt(TenantId tenant, String claimToken, Instant nextAttemptAt, String reason) {
        return settled(outbox.retryAt(tenant, claimToken, nextAttemptAt, reason), claimToken);
    }

    @Override
    public boolean markDead(TenantId tenant, String claimToken, Instant at, String reason) {
        return settled(outbox.markDead(tenant, claimToken, at, reason), claimToken);
    }

    @Override
    public boolean requeue(TenantId tenant, String idempotencyKey, Instant dueAt) {
        return outbox.requeue(tenant, idempotencyKey, dueAt);
    }

    @Override
    public Optional<OutboxEntry> find(TenantId tenant, String idempotencyKey) {
        return outbox.find(tenant, idempotencyKey);
    }

    @Override
    public Stream<OutboxEntry> entries(TenantId tenant, ProgramId program) {
        return outbox.entries(tenant, program);
    }

    @Override
    public Stream<OutboxEntry> entries(TenantId tenant, ProgramId program, OutboxState state) {
        return outbox.entries(tenant, program, state);
    }
}
