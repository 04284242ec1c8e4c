package io.elan.mentoring.core.communication.internal;

import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.delivery.DispatchSummary;
import io.elan.mentoring.core.event.MessageDeadLettered;
import io.elan.mentoring.core.internal.EventDispatcher;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.ProgramStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: each {@link #runDue} call claims due messages in batches, sends them through the
 * {@link MessageGateway} and settles each claim.
 *
 * <ul>
 *   <li>A delivery is recorded; a permanent failure is dead-lettered with the gateway's reason; a retryable failure is
 *       tried again after an exponential, jittered wait (never shorter than the provider's {@code retryAfter}, never
 *       longer than {@link CommunicationSettings#maxRetryDelay()} plus its jitter) until
 *       {@link CommunicationSettings#maxAttempts()} claims were made, then dead-lettered with the last reason.</li>
 *   <li>Each message is dealt with alone. Whatever the gateway does with one message (it throws an exception or an
 *       {@link Error} other than a {@link VirtualMachineError}, answers {@code null}, asks to wait for centuries) is
 *       that message's retryable failure, and a failure to record one outcome leaves that claim to expire: the rest of
 *       the batch goes on. Only a {@code VirtualMachineError} ends the call.</li>
 *   <li>No send starts after its claim's lease has run out. The dispatcher reads its clock before each message; once
 *       half the lease is gone it renews the leases of the batch's messages not sent yet through the outbox, and a
 *       message whose lease ran out and could not be renewed is left to whoever claims it next. A delivery reported
 *       after the lease ran out is still recorded: it wins over a retry or dead letter recorded meanwhile by another
 *       sender.</li>
 *   <li>Each batch first takes claims orphaned by a sender that stopped (their lease expired), then due messages, so
 *       an orphan is sent again one lease after it was claimed, whatever the backlog.</li>
 *   <li>When the calling thread is interrupted, the call claims nothing more, records the outcome of the message it
 *       was sending, gives back the claims it did not send (they count no attempt) and returns with the thread's
 *       interrupt status set.</li>
 *   <li>A message is sent only inside the recipient's {@link CommunicationSettings#sendingHours() sending hours} and
 *       outside their channel's quiet hours, read in their zone: one claimed outside them waits until they allow it,
 *       whatever the hour the host's scheduler calls; retries are scheduled inside them. Deferring or holding uses a
 *       claim, so it counts as an attempt (the outbox counts claims): at the last attempt the message is
 *       dead-lettered instead.</li>
 *   <li>A recipient who is no longer an active participant, or who opted out of the message's kind since it was
 *       queued, is not sent it: the message is dead-lettered saying so, as are the messages of a cancelled program.
 *       The messages of a suspended program are held, {@link CommunicationSettings#maxRetryDelay()} at a time.</li>
 *   <li>Every dead letter is logged once at {@code WARN} and raised as a {@link MessageDeadLettered} event.</li>
 *   <li>If a sender stops between sending and settling (a crash), the claim expires and the message is sent again;
 *       the gateway's idempotency contract keeps the recipient from getting it twice. A claim that comes back after
 *       the last attempt is dead-lettered without sending, as the outcome of that attempt is unknown.</li>
 * </ul>
 *
 * <p>Thread-safe and safe to call from several threads and nodes at once: the outbox makes claims exclusive. The
 * dispatcher starts no thread; the host calls it from its own scheduler.
 */
public final class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Outbox outbox;
    private final MessageGateway gateway;
    private final ProgramStore store;
    private final CommunicationSettings settings;
    private final Clock clock;
    private final EventDispatcher events;
    private final RetrySchedule schedule;

    OutboxDispatcher(Outbox outbox, MessageGateway gateway, ProgramStore store, CommunicationSettings settings,
            Clock clock, EventDispatcher events) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.schedule = new RetrySchedule(settings.firstRetryDelay(), settings.maxRetryDelay(), settings.jitter());
    }

    /**
     * Sends what is due in one tenant's outbox, in at most {@link CommunicationSettings#maxBatchesPerRun()} batches.
     *
     * @param tenant the tenant
     * @param now the current instant, as the host's scheduler sees it; the call measures the time it takes on the
     *     engine's clock and adds it to {@code now} for each claim, lease check and outcome
     * @return what was done
     * @throws io.elan.mentoring.spi.StoreException if the outbox cannot be read to claim messages; outcomes already
     *     recorded stay, and claims already taken but not settled expire and are sent again
     */
    public DispatchSummary runDue(TenantId tenant, Instant now) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(now, "now");
        Run run = new Run(tenant, now, clock.instant());
        try {
            run.batches();
        } finally {
            run.end();
        }
        return run.summary();
    }

    private record Recipient(ProgramId program, PersonId person) {}

    /** One call's state: counters, the lookups it made, the interrupt it saw. Confined to the calling thread. */
    private final class Run {
        final TenantId tenant;
        final Instant startedAt;
        final Instant clockAtStart;
        final Map<ProgramId, Optional<Program>> programs = new HashMap<>();
        final Map<Recipient, Optional<Participant>> participants = new HashMap<>();
        int claimed;
        int delivered;
        int retried;
        int deferred;
        int dead;
        int lost;
        int released;
        int unsettled;
        int storeFailures;
        @Nullable RuntimeException firstStoreFailure;
        boolean interrupted;

        Run(TenantId tenant, Instant startedAt, Instant clockAtStart) {
            this.tenant = tenant;
            this.startedAt = startedAt;
            this.clockAtStart = clockAtStart;
        }

        /** The host's {@code now} moved on by the time this call has taken so far on the engine's clock. */
        Instant now() {
            Duration elapsed = Duration.between(clockAtStart, clock.instant());
            return elapsed.isNegative() ? startedAt : startedAt.plus(elapsed);
        }

        /**
         * Whether the thread was interrupted. The status is cleared while the call records what it already did and
         * gives back what it did not send, so that a store whose I/O an interrupt breaks still records them, and set
         * again when the call returns.
         */
        boolean stopping() {
            if (Thread.interrupted()) {
                interrupted = true;
            }
            return interrupted;
        }

        void batches() {
            for (int batch = 0; batch < settings.maxBatchesPerRun() && !stopping(); batch++) {
                List<ClaimedMessage> claims = claim();
                claimed += claims.size();
                for (int i = 0; i < claims.size(); i++) {
                    if (stopping()) {
                        release(claims.subList(i, claims.size()));
                        return;
                    }
                    renewOnceHalfGone(claims, i);
                    dispatchAlone(claims.get(i));
                }
                if (claims.size() < settings.batchSize()) {
                    return;
                }
            }
        }

        /** Orphaned claims first, so that a backlog of due messages does not keep them waiting. */
        List<ClaimedMessage> claim() {
            Instant at = now();
            List<ClaimedMessage> claims = new ArrayList<>(settings.batchSize());
            claims.addAll(outbox.claimExpired(tenant, at, settings.batchSize(), settings.lease()));
            if (claims.size() < settings.batchSize()) {
                claims.addAll(outbox.claimDue(tenant, at, settings.batchSize() - claims.size(), settings.lease()));
            }
            return claims;
        }

        void end() {
            if (storeFailures > 0) {
                // One line per call, whatever the number of messages: the store is usually failing for all of them.
                LOG.warn("{} call(s) to the outbox or the program store failed for tenant {}, leaving {} outcome(s)"
                        + " unrecorded; those claims expire and their messages are tried again. First failure: {}",
                        storeFailures, tenant, unsettled, String.valueOf(firstStoreFailure));
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        DispatchSummary summary() {
            return new DispatchSummary(claimed, delivered, retried, deferred, dead, lost, released, unsettled);
        }

        /** One message's outcome can fail to be recorded without stopping the rest of the batch. */
        void dispatchAlone(ClaimedMessage claim) {
            try {
                dispatch(claim);
            } catch (RuntimeException e) {
                unsettled++;
                storeFailed(e, "could not record the outcome of " + claim.message().idempotencyKey());
            }
        }

        void storeFailed(RuntimeException e, String what) {
            storeFailures++;
            if (firstStoreFailure == null) {
                firstStoreFailure = e;
            }
            LOG.debug("{}; its claim expires", what, e);
        }

        /**
         * Once half the lease of the next claim is gone, renews the leases of every claim of the batch not sent yet,
         * so that a long batch keeps its messages instead of leaving its tail to other senders.
         */
        void renewOnceHalfGone(List<ClaimedMessage> claims, int next) {
            Instant now = now();
            if (Duration.between(now, claims.get(next).leaseExpiresAt()).compareTo(settings.lease().dividedBy(2)) > 0) {
                return;
            }
            for (int i = next; i < claims.size(); i++) {
                ClaimedMessage claim = claims.get(i);
                try {
                    Optional<ClaimedMessage> renewed = outbox.renew(tenant, claim, now, settings.lease());
                    if (renewed.isPresent()) {
                        claims.set(i, renewed.get());
                    }
                } catch (RuntimeException e) {
                    storeFailed(e, "could not renew the lease on " + claim.message().idempotencyKey());
                }
            }
        }

        void dispatch(ClaimedMessage claim) {
            OutgoingMessage message = claim.message();
            if (claim.attempt() > settings.maxAttempts()) {
                dead(claim, "gave up after " + settings.maxAttempts() + " attempts; the outcome of the last one is"
                        + " unknown (its claim expired before it was settled)");
                return;
            }
            if (!message.tenant().equals(tenant)) {
                dead(claim, "belongs to tenant " + message.tenant() + " but was kept in the outbox of " + tenant);
                return;
            }
            Optional<Program> program = program(message.program());
            if (program.isPresent() && program.get().status() == ProgramStatus.CANCELLED) {
                dead(claim, "the program was cancelled");
                return;
            }
            Optional<Participant> participant = participant(message);
            if (participant.isPresent() && !participant.get().isActive()) {
                dead(claim, "recipient is no longer an active participant (" + participant.get().status() + ")");
                return;
            }
            if (participant.isPresent() && participant.get().optOuts().contains(message.kind())) {
                dead(claim, "recipient opted out of " + message.kind());
                return;
            }
            if (program.isPresent() && program.get().status() == ProgramStatus.SUSPENDED) {
                if (retryOrGiveUp(claim, now().plus(settings.maxRetryDelay()), "the program is suspended")) {
                    deferred++;
                }
                return;
            }
            ZoneId zone = participant.map(Participant::zone).orElse(message.recipientZone());
            Instant now = now();
            Instant allowed = settings.nextAllowed(now, zone, message.channel());
            if (allowed.isAfter(now)) {
                String why = settings.sendingHours().allows(now, zone)
                        ? "quiet hours in " + zone + " until " + allowed.atZone(zone).toLocalTime()
                        : "outside the sending hours in " + zone + " until " + allowed.atZone(zone).toLocalDateTime();
                if (retryOrGiveUp(claim, allowed, why)) {
                    deferred++;
                }
                return;
            }
            // Checked last, right before the send: nothing may start once another sender can have the message.
            if (!now().isBefore(claim.leaseExpiresAt())) {
                lost++;
                LOG.debug("the lease on {} ran out before it could be sent; whoever claims it next sends it",
                        message.idempotencyKey());
                return;
            }
            SendResult result = send(message);
            stopping();
            Instant at = now();
            switch (result.status()) {
                case DELIVERED -> delivered(claim, at);
                case PERMANENT_FAILURE -> dead(claim, Objects.requireNonNull(result.detail()));
                case RETRYABLE_FAILURE -> {
                    Instant next = settings.nextAllowed(
                            schedule.next(message.idempotencyKey(), claim.attempt(), at, result.retryAfter()),
                            zone, message.channel());
                    if (retryOrGiveUp(claim, next, Objects.requireNonNull(result.detail()))) {
                        retried++;
                    }
                }
            }
        }

        /** @return the gateway's result, or a retryable failure for anything else it did */
        private SendResult send(OutgoingMessage message) {
            SendResult result;
            try {
                result = gateway.send(message);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) { // a gateway's failure, whatever its type, is this one message's failure
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.debug("gateway threw while sending {}; retrying it", message.idempotencyKey(), e);
                return SendResult.retryable(Reasons.storable("gateway threw " + e));
            }
            if (result == null) {
                return SendResult.retryable("gateway answered nothing (null) instead of a result");
            }
            return result;
        }

        private void delivered(ClaimedMessage claim, Instant at) {
            if (outbox.markDelivered(tenant, claim.claimToken(), at)) {
                delivered++;
            } else if (outbox.markDeliveredLate(tenant, claim, at)) {
                delivered++;
                LOG.debug("recorded the delivery of {} although its claim had been taken over",
                        claim.message().idempotencyKey());
            } else {
                lost++;
                LOG.debug("{} was already recorded as delivered", claim.message().idempotencyKey());
            }
        }

        /** @return whether the message was put back for later; at the last attempt it is dead-lettered instead */
        private boolean retryOrGiveUp(ClaimedMessage claim, Instant next, String reason) {
            if (claim.attempt() >= settings.maxAttempts()) {
                dead(claim, "gave up after " + claim.attempt() + " attempts: " + reason);
                return false;
            }
            return settled(outbox.retryAt(tenant, claim.claimToken(), next, Reasons.storable(reason)), claim);
        }

        private void dead(ClaimedMessage claim, String why) {
            String reason = Reasons.storable(why);
            Instant at = now();
            if (settled(outbox.markDead(tenant, claim.claimToken(), at, reason), claim)) {
                dead++;
                OutgoingMessage m = claim.message();
                LOG.warn("Gave up on message {} of tenant {}, program {}, to {} on {} after {} attempt(s): {}",
                        m.idempotencyKey(), tenant, m.program(), m.recipient(), m.channel(), claim.attempt(), reason);
                events.deliver(new MessageDeadLettered(tenant, m.program(), at, m.idempotencyKey(), m.recipient(),
                        m.channel(), m.kind(), claim.attempt(), reason));
            }
        }

        private boolean settled(boolean accepted, ClaimedMessage claim) {
            if (!accepted) {
                lost++;
                LOG.debug("claim on {} expired and was taken by another sender; its outcome is theirs to record",
                        claim.message().idempotencyKey());
            }
            return accepted;
        }

        /** Gives back, unsent and without counting an attempt, the claims the call stops before sending. */
        private void release(List<ClaimedMessage> unsent) {
            for (ClaimedMessage claim : unsent) {
                try {
                    if (outbox.release(tenant, claim.claimToken(), now())) {
                        released++;
                    } else {
                        lost++;
                    }
                } catch (RuntimeException e) {
                    unsettled++;
                    storeFailed(e, "could not give back " + claim.message().idempotencyKey());
                }
            }
        }

        private Optional<Participant> participant(OutgoingMessage message) {
            return participants.computeIfAbsent(new Recipient(message.program(), message.recipient()),
                    r -> store.findParticipant(tenant, r.program(), r.person()));
        }

        private Optional<Program> program(ProgramId id) {
            return programs.computeIfAbsent(id, p -> store.findProgram(tenant, p));
        }
    }
}
