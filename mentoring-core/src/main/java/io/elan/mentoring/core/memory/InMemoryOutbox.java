package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An {@link Outbox} in memory. Thread-safe: each tenant's outbox is guarded by one lock, which makes claims exclusive.
 * Claim tokens are random UUIDs.
 */
public final class InMemoryOutbox implements Outbox {

    private static final int MAX_REASON_LENGTH = 1000;

    private final Map<TenantId, TenantOutbox> tenants = new ConcurrentHashMap<>();

    /** Creates an empty outbox. */
    public InMemoryOutbox() {}

    private static final class Slot {
        OutgoingMessage message;
        OutboxState state = OutboxState.PENDING;
        int attempts;
        Instant nextAttemptAt;
        @Nullable String lastError;
        @Nullable Instant settledAt;
        @Nullable String claimToken;

        Slot(OutgoingMessage message) {
            this.message = message;
            this.nextAttemptAt = message.notBefore();
        }

        OutboxEntry entry() {
            return new OutboxEntry(message, state, attempts, nextAttemptAt, lastError, settledAt);
        }
    }

    private static final class TenantOutbox {
        final Map<String, Slot> byKey = new TreeMap<>();
        final Map<String, Slot> byClaim = new HashMap<>();
    }

    private TenantOutbox tenant(TenantId tenant) {
        return tenants.computeIfAbsent(Objects.requireNonNull(tenant, "tenant"), t -> new TenantOutbox());
    }

    @Override
    public boolean enqueue(TenantId tenant, OutgoingMessage message) {
        Objects.requireNonNull(message, "message");
        if (!message.tenant().equals(tenant)) {
            throw new InvalidValueException("message.tenant", "must be the tenant it is enqueued in (" + tenant + ")",
                    message.tenant());
        }
        TenantOutbox outbox = tenant(tenant);
        synchronized (outbox) {
            return outbox.byKey.putIfAbsent(message.idempotencyKey(), new Slot(message)) == null;
        }
    }

    @Override
    public List<ClaimedMessage> claimDue(TenantId tenant, Instant now, int limit, Duration lease) {
        return claim(tenant, now, limit, lease, slot -> !slot.state.isFinal());
    }

    @Override
    public List<ClaimedMessage> claimExpired(TenantId tenant, Instant now, int limit, Duration lease) {
        return claim(tenant, now, limit, lease, slot -> slot.state == OutboxState.IN_FLIGHT);
    }

    private List<ClaimedMessage> claim(TenantId tenant, Instant now, int limit, Duration lease,
            Predicate<Slot> claimable) {
        if (limit < 1) {
            throw new InvalidValueException("limit", "must be at least 1", limit);
        }
        Instant leaseEnd = leaseEnd(now, lease);
        TenantOutbox outbox = tenant(tenant);
        synchronized (outbox) {
            List<Slot> due = new ArrayList<>();
            for (Slot slot : outbox.byKey.values()) {
                if (claimable.test(slot) && !slot.nextAttemptAt.isAfter(now)) {
                    due.add(slot);
                }
            }
            due.sort(Comparator.comparing((Slot s) -> s.nextAttemptAt).thenComparing(s -> s.message.idempotencyKey()));
            List<ClaimedMessage> claimed = new ArrayList<>(Math.min(limit, due.size()));
            for (Slot slot : due.subList(0, Math.min(limit, due.size()))) {
                if (slot.claimToken != null) {
                    outbox.byClaim.remove(slot.claimToken);
                }
                String token = UUID.randomUUID().toString();
                slot.claimToken = token;
                slot.state = OutboxState.IN_FLIGHT;
                slot.attempts++;
                slot.nextAttemptAt = leaseEnd;
                outbox.byClaim.put(token, slot);
                claimed.add(new ClaimedMessage(slot.message, token, slot.attempts, leaseEnd));
            }
            return List.copyOf(claimed);
        }
    }

    private static Instant leaseEnd(Instant now, Duration lease) {
        Objects.requireNonNull(now, "now");
        if (lease.isNegative() || lease.isZero()) {
            throw new InvalidValueException("lease", "must be positive", lease);
        }
        return now.plus(lease);
    }

    @Override
    public Optional<ClaimedMessage> renew(TenantId tenant, ClaimedMessage claim, Instant now, Duration lease) {
        Instant leaseEnd = leaseEnd(now, lease);
        TenantOutbox outbox = tenant(tenant);
        synchronized (outbox) {
            Slot slot = outbox.byClaim.get(claim.claimToken());
            if (slot == null || slot.state != OutboxState.IN_FLIGHT) {
                return Optional.empty();
            }
            slot.nextAttemptAt = leaseEnd;
            return Optional.of(new ClaimedMessage(slot.message, claim.claimToken(), slot.attempts, leaseEnd));
        }
    }

    @Override
    public boolean release(TenantId tenant, String claimToken, Instant dueAt) {
        Objects.requireNonNull(dueAt, "dueAt");
        return settle(tenant, claimToken, slot -> {
            slot.state = OutboxState.PENDING;
            slot.nextAttemptAt = dueAt;
            slot.attempts--;
        });
    }

    @Override
    public boolean markDeliveredLate(TenantId tenant, ClaimedMessage claim, Instant at) {
        Objects.requireNonNull(at, "at");
        TenantOutbox outbox = tenant(tenant);
        synchronized (outbox) {
            Slot slot = outbox.byKey.get(claim.message().idempotencyKey());
            if (slot == null || slot.state == OutboxState.DELIVERED || claim.attempt() > slot.attempts) {
                return false;
            }
            if (slot.claimToken != null) {
                outbox.byClaim.remove(slot.claimToken);
                slot.claimToken = null;
            }
            slot.state = OutboxState.DELIVERED;
            slot.settledAt = at;
            return true;
        }
    }

    @Override
    public boolean requeue(TenantId tenant, String idempotencyKey, Instant dueAt) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(dueAt, "dueAt");
        TenantOutbox outbox = tenant(tenant);
        synchronized (outbox) {
            Slot slot = outbox.byKey.get(idempotencyKey);
            if (slot == null || slot.state != OutboxState.DEAD) {
                return false;
            }
            slot.state = OutboxState.PENDING;
            slot.nextAttemptAt = dueAt;
            slot.attempts = 0;
            slot.settledAt = null;
            return true;
        }
    }

    @Override
    public boolean markDelivered(TenantId tenant, String claimToken, Instant at) {
        Objects.requireNonNull(at, "at");
        return settle(tenant, claimToken, slot -> {
            slot.state = OutboxState.DELIVERED;
            slot.settledAt = at;
        });
    }

    @Override
    public boolean retryAt(TenantId tenant, String claimToken, Instant nextAttemptAt, String reason) {
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        String why = reason(reason);
        return settle(tenant, claimToken, slot -> {
            slot.state = OutboxState.PENDING;
            slot.nextAttemptAt = nextAttemptAt;
            slot.lastError = why;
        });
    }

    @Override
    public boolean markDead(TenantId tenant, String claimToken, Instant at, String reason) {
        Objects.requireNonNull(at, "at");
        String why = reason(reason);
        return settle(tenant, claimToken, slot -> {
            slot.state = OutboxState.DEAD;
            slot.settledAt = at;
            slot.lastError = why;
        });
    }

    private static String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "must not be blank");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidValueException("reason", "must be at most " + MAX_REASON_LENGTH + " characters",
                    reason.length() + " characters");
        }
        return reason;
    }

    private boolean settle(TenantId tenant, String claimToken, Consumer<Slot> outcome) {
        Objects.requireNonNull(claimToken, "claimToken");
        TenantOutbox outbox = tenant(tenant);
        synchronized (outbox) {
            Slot slot = outbox.byClaim.remove(claimToken);
            if (slot == null || slot.state != OutboxState.IN_FLIGHT || !claimToken.equals(slot.claimToken)) {
                return false;
            }
            slot.claimToken = null;
            outcome.accept(slot);
            return true;
        }
    }

    @Override
    public Optional<OutboxEntry> find(TenantId tenant, String idempotencyKey) {
        TenantOutbox outbox = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (outbox == null) {
            return Optional.empty();
        }
        synchronized (outbox) {
            Slot slot = outbox.byKey.get(idempotencyKey);
            return slot == null ? Optional.empty() : Optional.of(slot.entry());
        }
    }

    @Override
    public Stream<OutboxEntry> entries(TenantId tenant, ProgramId program) {
        TenantOutbox outbox = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (outbox == null) {
            return Stream.empty();
        }
        synchronized (outbox) {
            List<OutboxEntry> entries = new ArrayList<>();
            for (Slot slot : outbox.byKey.values()) {
                if (slot.message.program().equals(program)) {
                    entries.add(slot.entry());
                }
            }
            return entries.stream();
        }
    }

    @Override
    public int erase(TenantId tenant, Erasure erasure) {
        TenantOutbox outbox = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (outbox == null) {
            return 0;
        }
        synchronized (outbox) {
            int changed = 0;
            for (var it = outbox.byKey.values().iterator(); it.hasNext(); ) {
                Slot slot = it.next();
                if (slot.message.recipient().equals(erasure.person())) {
                    it.remove();
                    if (slot.claimToken != null) {
                        outbox.byClaim.remove(slot.claimToken);
                    }
                    changed++;
                } else if (slot.message.content().mentions(erasure) || erasure.mentions(slot.lastError)) {
                    slot.message = slot.message.toBuilder().content(slot.message.content().redact(erasure)).build();
                    slot.lastError = erasure.redactOptional(slot.lastError);
                    changed++;
                }
            }
            return changed;
        }
    }

    @Override
    public int eraseProgram(TenantId tenant, ProgramId program) {
        TenantOutbox outbox = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (outbox == null) {
            return 0;
        }
        synchronized (outbox) {
            int removed = 0;
            for (var it = outbox.byKey.values().iterator(); it.hasNext(); ) {
                Slot slot = it.next();
                if (slot.message.program().equals(program)) {
                    it.remove();
                    if (slot.claimToken != null) {
                        outbox.byClaim.remove(slot.claimToken);
                    }
                    removed++;
                }
            }
            return removed;
        }
    }

    @Override
    public int clearBodies(TenantId tenant, Instant settledBefore, int limit) {
        Checks.atLeastOne(limit, "limit");
        TenantOutbox outbox = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (outbox == null) {
            return 0;
        }
        synchronized (outbox) {
            List<Slot> due = new ArrayList<>();
            for (Slot slot : outbox.byKey.values()) {
                Instant settled = slot.settledAt;
                if (slot.state.isFinal() && settled != null && settled.isBefore(settledBefore)
                        && !slot.message.content().equals(CLEARED_BODY)) {
                    due.add(slot);
                }
            }
            due.sort(Comparator.comparing((Slot slot) -> Objects.requireNonNull(slot.settledAt))
                    .thenComparing(slot -> slot.message.idempotencyKey()));
            List<Slot> cleared = due.subList(0, Math.min(limit, due.size()));
            for (Slot slot : cleared) {
                slot.message = slot.message.toBuilder().content(CLEARED_BODY).build();
            }
            return cleared.size();
        }
    }
}
