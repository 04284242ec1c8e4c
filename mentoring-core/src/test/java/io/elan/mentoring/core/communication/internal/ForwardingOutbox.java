package io.elan.mentoring.core.communication.internal;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** An outbox that forwards every call, for tests to override one and inject a failure. */
class ForwardingOutbox implements Outbox {
    private final Outbox delegate;

    ForwardingOutbox(Outbox delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean enqueue(TenantId tenant, OutgoingMessage message) {
        return delegate.enqueue(tenant, message);
    }

    @Override
    public List<ClaimedMessage> claimDue(TenantId tenant, Instant now, int limit, Duration lease) {
        return delegate.claimDue(tenant, now, limit, lease);
    }

    @Override
    public List<ClaimedMessage> claimExpired(TenantId tenant, Instant now, int limit, Duration lease) {
        return delegate.claimExpired(tenant, now, limit, lease);
    }

    @Override
    public Optional<ClaimedMessage> renew(TenantId tenant, ClaimedMessage claim, Instant now, Duration lease) {
        return delegate.renew(tenant, claim, now, lease);
    }

    @Override
    public boolean release(TenantId tenant, String claimToken, Instant dueAt) {
        return delegate.release(tenant, claimToken, dueAt);
    }

    @Override
    public boolean markDelivered(TenantId tenant, String claimToken, Instant at) {
        return delegate.markDelivered(tenant, claimToken, at);
    }

    @Override
    public boolean markDeliveredLate(TenantId tenant, ClaimedMessage claim, Instant at) {
        return delegate.markDeliveredLate(tenant, claim, at);
    }

    @Override
    public boolean retryAt(TenantId tenant, String claimToken, Instant nextAttemptAt, String reason) {
        return delegate.retryAt(tenant, claimToken, nextAttemptAt, reason);
    }

    @Override
    public boolean markDead(TenantId tenant, String claimToken, Instant at, String reason) {
        return delegate.markDead(tenant, claimToken, at, reason);
    }

    @Override
    public boolean requeue(TenantId tenant, String idempotencyKey, Instant dueAt) {
        return delegate.requeue(tenant, idempotencyKey, dueAt);
    }

    @Override
    public Optional<OutboxEntry> find(TenantId tenant, String idempotencyKey) {
        return delegate.find(tenant, idempotencyKey);
    }

    @Override
    public Stream<OutboxEntry> entries(TenantId tenant, ProgramId program) {
        return delegate.entries(tenant, program);
    }

    @Override
    public Stream<OutboxEntry> entries(TenantId tenant, ProgramId program, OutboxState state) {
        return delegate.entries(tenant, program, state);
    }
}
