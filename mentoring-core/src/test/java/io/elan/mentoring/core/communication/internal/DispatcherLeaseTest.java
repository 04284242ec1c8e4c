package io.elan.mentoring.core.communication.internal;

import static io.elan.mentoring.core.communication.internal.CommunityFixture.NOW;
import static io.elan.mentoring.core.communication.internal.CommunityFixture.PROGRAM;
import static io.elan.mentoring.core.communication.internal.CommunityFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.CapturedLog;
import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.delivery.DispatchSummary;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import io.elan.mentoring.spi.program.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A claim's lease is what keeps two senders from sending one message: no send starts once it ran out, a long batch
 * renews it, a delivery that comes back late still counts, and claims left by a sender that stopped come back first.
 */
@DisplayName("the dispatcher and the claims' leases")
class DispatcherLeaseTest {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final CommunicationSettings SETTINGS = CommunicationSettings.builder()
            .lease(LEASE)
            .maxAttempts(5)
            .firstRetryDelay(Duration.ofMinutes(1))
            .maxRetryDelay(Duration.ofHours(1))
            .build();

    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    private CommunityFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new CommunityFixture();
        fixture.enrol("mentee-chloe", Role.MENTEE);
    }

    private void queue(int count, Instant notBefore) {
        for (int i = 0; i < count; i++) {
            queue("k" + i, notBefore);
        }
    }

    private void queue(String key, Instant notBefore) {
        fixture.outbox.enqueue(TENANT, OutgoingMessage.builder().tenant(TENANT).program(PROGRAM)
                .recipient(PersonId.of("mentee-chloe")).channel(Channel.EMAIL).locale(Locale.FRENCH)
                .recipientLocale(Locale.FRENCH).recipientZone(ZoneId.of("Europe/Paris")).kind("nudge")
                .content(MessageContent.of("Bonjour", "Un mot de l’équipe.")).idempotencyKey(key)
                .notBefore(notBefore).build());
    }

    private OutboxEntry entry(String key) {
        return fixture.outbox.find(TENANT, key).orElseThrow();
    }

    /** One send as the gateway saw it: which key, and when on the engine's clock it started. */
    private record Send(String key, Instant startedAt) {}

    /** Delivers, taking {@code each} of the engine's clock per send, and notes when each send started. */
    private MessageGateway slowGateway(Duration each, List<Send> sends) {
        return message -> {
            sends.add(new Send(message.idempotencyKey(), fixture.clock.instant()));
            fixture.clock.advance(each);
            return fixture.inbox.send(message);
        };
    }

    @Test
    @DisplayName("with an outbox that cannot renew, no send starts once the batch's lease has run out; the rest is left"
            + " to the next claim")
    void noSendAfterTheLease() {
        queue(5, NOW);
        List<Send> sends = new ArrayList<>();
        ForwardingOutbox cannotRenew = new ForwardingOutbox(fixture.outbox) {
            @Override
            public Optional<ClaimedMessage> renew(TenantId tenant, ClaimedMessage claim, Instant now,
                    Duration lease) {
                return Optional.empty();
            }
        };

        DispatchSummary summary = fixture.wiring(slowGateway(LEASE.multipliedBy(2).dividedBy(5), sends))
                .outbox(cannotRenew).settings(SETTINGS).build().dispatcher().runDue(TENANT, NOW);

        assertThat(sends).extracting(Send::key).containsExactly("k0", "k1", "k2");
        assertThat(sends).allSatisfy(s -> assertThat(s.startedAt()).isBefore(NOW.plus(LEASE)));
        assertThat(summary).isEqualTo(new DispatchSummary(5, 3, 0, 0, 0, 2, 0, 0));
        assertThat(entry("k3").state()).isEqualTo(OutboxState.IN_FLIGHT);
        assertThat(entry("k3").attempts()).isEqualTo(1);
    }

    @Test
    @DisplayName("a batch that takes longer than its lease renews the leases of its unsent messages: it sends them all"
            + " itself, each within a lease, and no other sender can claim one meanwhile")
    void longBatchRenews() {
        queue(10, NOW);
        List<Send> sends = new ArrayList<>();
        List<List<ClaimedMessage>> rivalClaims = new ArrayList<>();
        MessageGateway slow = slowGateway(LEASE.multipliedBy(2).dividedBy(5), sends);
        MessageGateway watched = message -> {
            rivalClaims.add(fixture.outbox.claimDue(TENANT, fixture.clock.instant(), 100, LEASE));
            return slow.send(message);
        };

        DispatchSummary summary = fixture.wiring(watched).settings(SETTINGS).build().dispatcher().runDue(TENANT, NOW);

        assertThat(summary.delivered()).isEqualTo(10);
        assertThat(sends).hasSize(10);
        assertThat(Duration.between(NOW, fixture.clock.instant())).as("time the batch took")
                .isEqualTo(LEASE.multipliedBy(4));
        assertThat(rivalClaims).as("what a rival sender could claim during each send").allSatisfy(
                claimed -> assertThat(claimed).isEmpty());
        assertThat(fixture.entries()).allSatisfy(e -> assertThat(e.attempts()).isEqualTo(1));
    }

    /**
     * The first sender's send of the only message outlives its lease; meanwhile a second sender claims the message and
     * records its own outcome; then the first send comes back delivered.
     */
    private DispatchSummary lateDeliveryAfter(MessageGateway secondSendersGateway) {
        queue("k0", NOW);
        OutboxDispatcher second = fixture.wiring(secondSendersGateway).settings(SETTINGS).build().dispatcher();
        OutboxDispatcher first = fixture.wiring(message -> {
            fixture.clock.advance(LEASE.plusMinutes(1));
            second.runDue(TENANT, fixture.clock.instant());
            return fixture.inbox.send(message);
        }).settings(SETTINGS).build().dispatcher();
        return first.runDue(TENANT, NOW);
    }

    @Test
    @DisplayName("a delivery reported after the lease ran out wins over a dead letter recorded meanwhile")
    void lateDeliveryWinsOverDeadLetter() {
        DispatchSummary first = lateDeliveryAfter(message -> SendResult.permanent("mailbox full"));

        assertThat(first.delivered()).isEqualTo(1);
        OutboxEntry entry = entry("k0");
        assertThat(entry.state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(entry.settledAt()).isEqualTo(NOW.plus(LEASE).plus(Duration.ofMinutes(1)));
        assertThat(log.lines("Gave up on message k0 ")).as("the second sender's dead letter, logged when it happened")
                .hasSize(1);
        assertThat(fixture.wiring(fixture.inbox).settings(SETTINGS).build().dispatcher()
                .runDue(TENANT, NOW.plus(Duration.ofDays(1))).idle()).isTrue();
    }

    @Test
    @DisplayName("a delivery reported after the lease ran out wins over a retry scheduled meanwhile")
    void lateDeliveryWinsOverRetry() {
        DispatchSummary first = lateDeliveryAfter(message -> SendResult.retryable("provider busy"));

        assertThat(first.delivered()).isEqualTo(1);
        assertThat(entry("k0").state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(fixture.wiring(fixture.inbox).settings(SETTINGS).build().dispatcher()
                .runDue(TENANT, NOW.plus(Duration.ofDays(1))).idle()).as("nothing left to retry").isTrue();
        assertThat(fixture.inbox.delivered()).hasSize(1);
    }

    @Test
    @DisplayName("claims left by a sender that stopped come back in the first batch after their lease, ahead of 1,800"
            + " older due messages")
    void orphansFirst() {
        queue(100, NOW.minusSeconds(60));
        List<ClaimedMessage> orphaned = fixture.outbox.claimDue(TENANT, NOW, 100, LEASE);
        assertThat(orphaned).hasSize(100);
        for (int i = 0; i < 1_800; i++) {
            queue("backlog-" + i, NOW);
        }
        OutboxDispatcher dispatcher = fixture.wiring(fixture.inbox)
                .settings(SETTINGS.toBuilder().batchSize(50).maxBatchesPerRun(1).build()).build().dispatcher();

        dispatcher.runDue(TENANT, NOW.plus(LEASE));
        dispatcher.runDue(TENANT, NOW.plus(LEASE));

        assertThat(fixture.inbox.delivered()).extracting(OutgoingMessage::idempotencyKey)
                .containsExactlyInAnyOrderElementsOf(orphaned.stream().map(c -> c.message().idempotencyKey())
                        .toList());
    }
}
