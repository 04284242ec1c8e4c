package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.privacy.Erasure;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small Outbox for checking the kit, correct or with one {@link Flaw}. */
final class SimpleOutbox implements Outbox {

    /** What a broken outbox gets wrong. */
    enum Flaw {
        /** Nothing: a correct outbox. */
        NONE,
        /**
         * Forgets to push a claimed or renewed message's next attempt to the end of its lease, so a second caller gets
         * the same message while the first still holds it.
         */
        IGNORES_LEASES,
        /** Has no late deliveries: only the latest claim settles, as before the port had them. */
        REFUSES_LATE_DELIVERIES,
        /** Has no claims of expired leases first: orphans wait behind older pending messages. */
        ORPHANS_IN_DUE_ORDER,
        /** Stores a message under whatever tenant it is enqueued in. */
        ACCEPTS_OTHER_TENANTS_MESSAGES
    }

    private final Flaw flaw;
    private final boolean honoursLeases;
    private final Map<String, OutboxEntry> entries = new TreeMap<>();
    private final Map<String, String> keyByToken = new TreeMap<>();
    private final Map<String, String> tokenByKey = new TreeMap<>();
    private long claims;

    SimpleOutbox(Flaw flaw) {
        this.flaw = flaw;
        this.honoursLeases = flaw != Flaw.IGNORES_LEASES;
    }

    private static String k(TenantId t, String key) {
        return t.value() + "|" + key;
    }

    @Override
    public synchronized boolean enqueue(TenantId tenant, OutgoingMessage m) {
        if (flaw != Flaw.ACCEPTS_OTHER_TENANTS_MESSAGES && !m.tenant().equals(tenant)) {
            throw new InvalidValueException("message.tenant", "must be the tenant it is enqueued in", m.tenant());
        }
        return entries.putIfAbsent(k(tenant, m.idempotencyKey()),
                new OutboxEntry(m, OutboxState.PENDING, 0, m.notBefore(), null, null)) == null;
    }

    @Override
    public synchronized List<ClaimedMessage> claimDue(TenantId tenant, Instant now, int limit, Duration lease) {
        return claim(tenant, now, limit, lease, false);
    }

    @Override
    public synchronized List<ClaimedMessage> claimExpired(TenantId tenant, Instant now, int limit, Duration lease) {
        if (flaw == Flaw.ORPHANS_IN_DUE_ORDER) {
            return Outbox.super.claimExpired(tenant, now, limit, lease);
        }
        return claim(tenant, now, limit, lease, true);
    }

    private List<ClaimedMessage> claim(TenantId tenant, Instant now, int limit, Duration lease,
            boolean inFlightOnly) {
        if (limit < 1) {
            throw new InvalidValueException("limit", "must be at least 1", limit);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new InvalidValueException("lease", "must be positive", lease);
        }
        List<Map.Entry<String, OutboxEntry>> due = entries.entrySet().stream()
                .filter(e -> e.getKey().startsWith(tenant.value() + "|"))
                .filter(e -> !e.getValue().state().isFinal() && !e.getValue().nextAttemptAt().isAfter(now))
                .filter(e -> !inFlightOnly || e.getValue().state() == OutboxState.IN_FLIGHT)
                .sorted(Comparator.comparing((Map.Entry<String, OutboxEntry> e) -> e.getValue().nextAttemptAt())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit).toList();
        return due.stream().map(e -> {
            OutboxEntry o = e.getValue();
            String token = "claim-" + (++claims);
            Instant next = honoursLeases ? now.plus(lease) : o.nextAttemptAt();
            entries.put(e.getKey(), new OutboxEntry(o.message(), OutboxState.IN_FLIGHT, o.attempts() + 1, next,
                    o.lastError(), null));
            keyByToken.put(token, e.getKey());
            tokenByKey.put(e.getKey(), token);
            return new ClaimedMessage(o.message(), token, o.attempts() + 1, now.plus(lease));
        }).toList();
    }

    private boolean settle(TenantId tenant, String token, OutboxState state, Instant next, String error,
            Instant settledAt) {
        String key = keyByToken.get(token);
        if (key == null || !key.startsWith(tenant.value() + "|") || !token.equals(tokenByKey.get(key))) {
            return false;
        }
        OutboxEntry o = entries.get(key);
        if (o.state() != OutboxState.IN_FLIGHT) {
            return false;
        }
        tokenByKey.remove(key);
        entries.put(key, new OutboxEntry(o.message(), state, o.attempts(), next, error, settledAt));
        return true;
    }

    @Override
    public synchronized boolean markDelivered(TenantId tenant, String token, Instant at) {
        OutboxEntry current = Optional.ofNullable(keyByToken.get(token)).map(entries::get).orElse(null);
        return current != null && settle(tenant, token, OutboxState.DELIVERED, current.nextAttemptAt(),
                current.lastError(), at);
    }

    @Override
    public synchronized Optional<ClaimedMessage> renew(TenantId tenant, ClaimedMessage claim, Instant now,
            Duration lease) {
        if (lease.isNegative() || lease.isZero()) {
            throw new InvalidValueException("lease", "must be positive", lease);
        }
        String key = keyByToken.get(claim.claimToken());
        OutboxEntry current = key == null ? null : entries.get(key);
        if (current == null || !key.startsWith(tenant.value() + "|")
                || !claim.claimToken().equals(tokenByKey.get(key)) || current.state() != OutboxState.IN_FLIGHT) {
            return Optional.empty();
        }
        Instant until = now.plus(lease);
        entries.put(key, new OutboxEntry(current.message(), OutboxState.IN_FLIGHT, current.attempts(),
                honoursLeases ? until : current.nextAttemptAt(), current.lastError(), null));
        return Optional.of(new ClaimedMessage(current.message(), claim.claimToken(), current.attempts(), until));
    }

    @Override
    public synchronized boolean release(TenantId tenant, String token, Instant dueAt) {
        OutboxEntry current = Optional.ofNullable(keyByToken.get(token)).map(entries::get).orElse(null);
        if (current == null || !settle(tenant, token, OutboxState.PENDING, dueAt, current.lastError(), null)) {
            return false;
        }
        String key = keyByToken.get(token);
        OutboxEntry released = entries.get(key);
        entries.put(key, new OutboxEntry(released.message(), OutboxState.PENDING, released.attempts() - 1, dueAt,
                released.lastError(), null));
        return true;
    }

    @Override
    public synchronized boolean markDeliveredLate(TenantId tenant, ClaimedMessage claim, Instant at) {
        if (flaw == Flaw.REFUSES_LATE_DELIVERIES) {
            return Outbox.super.markDeliveredLate(tenant, claim, at);
        }
        String key = k(tenant, claim.message().idempotencyKey());
        OutboxEntry current = entries.get(key);
        if (current == null || current.state() == OutboxState.DELIVERED || claim.attempt() > current.attempts()) {
            return false;
        }
        tokenByKey.remove(key);
        entries.put(key, new OutboxEntry(current.message(), OutboxState.DELIVERED, current.attempts(),
                current.nextAttemptAt(), current.lastError(), at));
        return true;
    }

    @Override
    public synchronized boolean requeue(TenantId tenant, String idempotencyKey, Instant dueAt) {
        String key = k(tenant, idempotencyKey);
        OutboxEntry current = entries.get(key);
        if (current == null || current.state() != OutboxState.DEAD) {
            return false;
        }
        entries.put(key, new OutboxEntry(current.message(), OutboxState.PENDING, 0, dueAt, current.lastError(),
                null));
        return true;
    }

    @Override
    public synchronized boolean retryAt(TenantId tenant, String token, Instant next, String reason) {
        return settle(tenant, token, OutboxState.PENDING, next, reason, null);
    }

    @Override
    public synchronized boolean markDead(TenantId tenant, String token, Instant at, String reason) {
        OutboxEntry current = Optional.ofNullable(keyByToken.get(token)).map(entries::get).orElse(null);
        return current != null && settle(tenant, token, OutboxState.DEAD, current.nextAttemptAt(), reason, at);
    }

    @Override
    public synchronized Optional<OutboxEntry> find(TenantId tenant, String key) {
        return Optional.ofNullable(entries.get(k(tenant, key)));
    }

    @Override
    public synchronized Stream<OutboxEntry> entries(TenantId tenant, ProgramId program) {
        return entries.entrySet().stream().filter(e -> e.getKey().startsWith(tenant.value() + "|"))
                .map(Map.Entry::getValue).filter(o -> o.message().program().equals(program)).toList().stream();
    }

    @Override
    public synchronized int erase(TenantId tenant, Erasure erasure) {
        int changed = 0;
        for (var it = entries.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, OutboxEntry> e = it.next();
            OutboxEntry o = e.getValue();
            if (!e.getKey().startsWith(tenant.value() + "|")) {
                continue;
            }
            if (o.message().recipient().equals(erasure.person())) {
                it.remove();
                changed++;
            } else if (o.message().content().mentions(erasure) || erasure.mentions(o.lastError())) {
                e.setValue(new OutboxEntry(o.message().toBuilder().content(o.message().content().redact(erasure))
                        .build(), o.state(), o.attempts(), o.nextAttemptAt(), erasure.redactOptional(o.lastError()),
                        o.settledAt()));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public synchronized int eraseProgram(TenantId tenant, ProgramId program) {
        int before = entries.size();
        entries.entrySet().removeIf(e -> e.getKey().startsWith(tenant.value() + "|")
                && e.getValue().message().program().equals(program));
        return before - entries.size();
    }

    @Override
    public synchronized int clearBodies(TenantId tenant, Instant settledBefore, int limit) {
        List<Map.Entry<String, OutboxEntry>> due = entries.entrySet().stream()
                .filter(e -> e.getKey().startsWith(tenant.value() + "|"))
                .filter(e -> e.getValue().state().isFinal() && e.getValue().settledAt() != null
                        && e.getValue().settledAt().isBefore(settledBefore)
                        && !e.getValue().message().content().equals(CLEARED_BODY))
                .sorted(Comparator.comparing((Map.Entry<String, OutboxEntry> e) -> e.getValue().settledAt())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit).toList();
        for (Map.Entry<String, OutboxEntry> e : due) {
            OutboxEntry o = e.getValue();
            e.setValue(new OutboxEntry(o.message().toBuilder().content(CLEARED_BODY).build(), o.state(), o.attempts(),
                    o.nextAttemptAt(), o.lastError(), o.settledAt()));
        }
        return due.size();
    }
}
