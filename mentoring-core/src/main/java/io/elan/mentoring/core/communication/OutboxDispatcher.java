package io.elan.mentoring.core.communication;

import io.elan.mentoring.core.communication.internal.RetrySchedule;
import io.elan.mentoring.core.communication.internal.Truncation;
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
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: each {@link #runDue} call claims due messages in batches, sends them through the
 * {@link MessageGateway} and settles each claim.
 *
 * <ul>
 *   <li>A delivery is recorded; a permanent failure is dead-lettered with the gateway's reason; a retryable failure,
 *       or an exception thrown by the gateway, is tried again after an exponential, jittered wait (never shorter than
 *       the provider's {@code retryAfter}) until {@link CommunicationSettings#maxAttempts()} claims were made, then
 *       dead-lettered with the last reason.</li>
 *   <li>A message due inside the recipient's quiet hours, read in their zone (else the program's, else UTC), waits
 *       until they end; retries are scheduled outside them. Deferring or holding uses a claim, so it counts as an
 *       attempt (the outbox counts claims): at the last attempt the message is dead-lettered instead.</li>
 *   <li>A recipient who is no longer an active participant, or who opted out of the message's kind since it was
 *       queued, is not sent it: the message is dead-lettered saying so, as are the messages of a cancelled program.
 *       The messages of a suspended program are held, {@link CommunicationSettings#maxRetryDelay()} at a time.</li>
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
    private static final int MAX_REASON = 1000;

    private final Outbox outbox;
    private final MessageGateway gateway;
    private final ProgramStore store;
    private final CommunicationSettings settings;
    private final RetrySchedule schedule;

    OutboxDispatcher(Outbox outbox, MessageGateway gateway, ProgramStore store, CommunicationSettings settings) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.store = store;
        this.settings = settings;
        this.schedule = new RetrySchedule(settings.firstRetryDelay(), settings.maxRetryDelay(), settings.jitter());
    }

    /**
     * Sends what is due in one tenant's outbox, in at most {@link CommunicationSettings#maxBatchesPerRun()} batches.
     *
     * @param tenant the tenant
     * @param now the current instant, as the host's scheduler sees it
     * @return what was done
     */
    public DispatchSummary runDue(TenantId tenant, Instant now) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(now, "now");
        Run run = new Run(tenant, now);
        for (int batch = 0; batch < settings.maxBatchesPerRun(); batch++) {
            List<ClaimedMessage> claims = outbox.claimDue(tenant, now, settings.batchSize(), settings.lease());
            for (ClaimedMessage claim : claims) {
                run.dispatch(claim);
            }
            if (claims.size() < settings.batchSize()) {
                break;
            }
        }
        return new DispatchSummary(run.claimed, run.delivered, run.retried, run.deferred, run.dead, run.lost);
    }

    private record Recipient(ProgramId program, PersonId person) {}

    /** One call's state: counters and the lookups it already made. Confined to the calling thread. */
    private final class Run {
        final TenantId tenant;
        final Instant now;
        final Map<ProgramId, Optional<Program>> programs = new HashMap<>();
        final Map<Recipient, Optional<Participant>> participants = new HashMap<>();
        int claimed;
        int delivered;
        int retried;
        int deferred;
        int dead;
        int lost;

        Run(TenantId tenant, Instant now) {
            this.tenant = tenant;
            this.now = now;
        }

        void dispatch(ClaimedMessage claim) {
            claimed++;
            OutgoingMessage message = claim.message();
            if (claim.attempt() > settings.maxAttempts()) {
                dead(claim, "gave up after " + settings.maxAttempts() + " attempts; the outcome of the last one is"
                        + " unknown (its claim expired before it was settled)");
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
                if (retryOrGiveUp(claim, now.plus(settings.maxRetryDelay()), "the program is suspended")) {
                    deferred++;
                }
                return;
            }
            ZoneId zone = participant.map(Participant::zone)
                    .orElseGet(() -> program.map(Program::zone).orElse(ZoneOffset.UTC));
            Instant allowed = settings.quietHours().nextAllowed(now, zone, message.channel());
            if (allowed.isAfter(now)) {
                if (retryOrGiveUp(claim, allowed,
                        "quiet hours in " + zone + " until " + allowed.atZone(zone).toLocalTime())) {
                    deferred++;
                }
                return;
            }
            SendResult result;
            try {
                result = gateway.send(message);
            } catch (Exception e) {
                LOG.debug("gateway threw while sending {}; retrying it", message.idempotencyKey(), e);
                result = SendResult.retryable(Truncation.fit("gateway threw " + e, MAX_REASON));
            }
            switch (result.status()) {
                case DELIVERED -> {
                    if (settled(outbox.markDelivered(tenant, claim.claimToken(), now), claim)) {
                        delivered++;
                    }
                }
                case PERMANENT_FAILURE -> dead(claim, Objects.requireNonNull(result.detail()));
                case RETRYABLE_FAILURE -> {
                    Instant next = settings.quietHours().nextAllowed(
                            schedule.next(message.idempotencyKey(), claim.attempt(), now, result.retryAfter()),
                            zone, message.channel());
                    if (retryOrGiveUp(claim, next, Objects.requireNonNull(result.detail()))) {
                        retried++;
                    }
                }
            }
        }

        /** @return whether the message was put back for later; at the last attempt it is dead-lettered instead */
        private boolean retryOrGiveUp(ClaimedMessage claim, Instant next, String reason) {
            if (claim.attempt() >= settings.maxAttempts()) {
                dead(claim, "gave up after " + claim.attempt() + " attempts: " + reason);
                return false;
            }
            return settled(outbox.retryAt(tenant, claim.claimToken(), next, Truncation.fit(reason, MAX_REASON)),
                    claim);
        }

        private void dead(ClaimedMessage claim, String reason) {
            if (settled(outbox.markDead(tenant, claim.claimToken(), now, Truncation.fit(reason, MAX_REASON)), claim)) {
                dead++;
                LOG.debug("dead-lettered {} to {}: {}", claim.message().idempotencyKey(), claim.message().recipient(),
                        reason);
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

        private Optional<Participant> participant(OutgoingMessage message) {
            return participants.computeIfAbsent(new Recipient(message.program(), message.recipient()),
                    r -> store.findParticipant(tenant, r.program(), r.person()));
        }

        private Optional<Program> program(ProgramId id) {
            return programs.computeIfAbsent(id, p -> store.findProgram(tenant, p));
        }
    }
}
