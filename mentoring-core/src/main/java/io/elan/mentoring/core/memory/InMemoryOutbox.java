package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.Outbox;
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
        final OutgoingMessage message;
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
        TenantOutbox outbox = tenant(tenant);
        synchronized (outbox) {
            return outbox.byKey.putIfAbsent(message.idempotencyKey(), new Slot(message)) == null;
        }
    }

    @Override
    public List<ClaimedMessage> claimDue(TenantId tenant, Instant now, int limit, Duration lease) {
        if (limit < 1) {
            throw new InvalidValueException("limit", "must be at least 1", limit);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new InvalidValueException("lease", "must be positive", lease);
        }
        TenantOutbox outbox = tenant(tenant);
        synchronized (outbox) {
            List<Slot> due = new ArrayList<>();
            for (Slot slot : outbox.byKey.values()) {
                if (!slot.state.isFinal() && !slot.nextAttemptAt.isAfter(now)) {
                    due.add(slot);
                }
            }
            due.sort(Comparator.comparing((Slot s) -> s.nextAttemptAt).thenComparing(s -> s.message.idempotencyKey()));
            List<ClaimedMessage> claimed = new ArrayList<>(Math.min(limit, due.size()));
            Instant leaseEnd = now.plus(lease);
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

    private boolean settle(TenantId tenant, String claimToken, java.util.function.Consumer<Slot> outcome) {
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
}
