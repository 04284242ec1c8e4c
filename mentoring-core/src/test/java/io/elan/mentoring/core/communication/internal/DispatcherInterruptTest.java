package io.elan.mentoring.core.communication.internal;

import static io.elan.mentoring.core.communication.internal.CommunityFixture.NOW;
import static io.elan.mentoring.core.communication.internal.CommunityFixture.PROGRAM;
import static io.elan.mentoring.core.communication.internal.CommunityFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.delivery.DispatchSummary;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A host that stops its scheduler interrupts the thread in {@code runDue}: the call stops claiming, gives back what it
 * claimed and did not send, and lets the host see the interrupt.
 */
@DisplayName("the dispatcher on an interrupted thread")
class DispatcherInterruptTest {

    private static final CommunicationSettings SETTINGS = CommunicationSettings.builder()
            .batchSize(5)
            .maxBatchesPerRun(10)
            .build();

    private CommunityFixture fixture;
    private final List<Instant> claimsAt = new ArrayList<>();
    private final AtomicBoolean interruptedWhileStoring = new AtomicBoolean();

    /** Notes every claim, and whether the store was called with the interrupt status set. */
    private ForwardingOutbox watched() {
        return new ForwardingOutbox(fixture.outbox) {
            @Override
            public List<ClaimedMessage> claimDue(TenantId tenant, Instant now, int limit, Duration lease) {
                claimsAt.add(now);
                return super.claimDue(tenant, now, limit, lease);
            }

            @Override
            public boolean markDelivered(TenantId tenant, String claimToken, Instant at) {
                interruptedWhileStoring.compareAndSet(false, Thread.currentThread().isInterrupted());
                return super.markDelivered(tenant, claimToken, at);
            }

            @Override
            public boolean release(TenantId tenant, String claimToken, Instant dueAt) {
                interruptedWhileStoring.compareAndSet(false, Thread.currentThread().isInterrupted());
                return super.release(tenant, claimToken, dueAt);
            }
        };
    }

    @BeforeEach
    void setUp() {
        fixture = new CommunityFixture();
        fixture.enrol("mentee-chloe", Role.MENTEE);
        for (int i = 0; i < 20; i++) {
            fixture.outbox.enqueue(TENANT, OutgoingMessage.builder().tenant(TENANT).program(PROGRAM)
                    .recipient(PersonId.of("mentee-chloe")).channel(Channel.EMAIL).locale(Locale.FRENCH)
                    .recipientLocale(Locale.FRENCH).recipientZone(ZoneId.of("Europe/Paris")).kind("nudge")
                    .content(MessageContent.of("Bonjour", "Un mot de l’équipe.")).idempotencyKey("k" + (10 + i))
                    .notBefore(NOW).build());
        }
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    @DisplayName("interrupted during a send, it records that send, gives back the rest of the batch without counting an"
            + " attempt, claims nothing more and returns with the interrupt status set")
    void interruptedDuringASend() {
        OutboxDispatcher dispatcher = fixture.wiring(message -> {
            if (message.idempotencyKey().equals("k11")) {
                Thread.currentThread().interrupt();
            }
            return fixture.inbox.send(message);
        }).outbox(watched()).settings(SETTINGS).build().dispatcher();

        DispatchSummary summary = dispatcher.runDue(TENANT, NOW);

        assertThat(Thread.currentThread().isInterrupted()).as("interrupt status after the call").isTrue();
        assertThat(summary).isEqualTo(new DispatchSummary(5, 2, 0, 0, 0, 0, 3, 0));
        assertThat(claimsAt).as("claims made").hasSize(1);
        assertThat(interruptedWhileStoring).as("store called with the interrupt status set").isFalse();
        assertThat(fixture.entries()).filteredOn(e -> e.state() == OutboxState.DELIVERED)
                .extracting(e -> e.message().idempotencyKey()).containsExactly("k10", "k11");
        assertThat(fixture.entries()).filteredOn(e -> e.state() != OutboxState.DELIVERED).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo(OutboxState.PENDING);
            assertThat(e.attempts()).as("attempts of %s", e.message().idempotencyKey()).isZero();
        });

        Thread.interrupted();
        assertThat(dispatcher.runDue(TENANT, NOW).delivered()).as("the next call sends the rest").isEqualTo(18);
    }

    @Test
    @DisplayName("interrupted before the call, it claims nothing and keeps the interrupt status")
    void interruptedBefore() {
        OutboxDispatcher dispatcher = fixture.wiring(fixture.inbox).outbox(watched()).settings(SETTINGS).build()
                .dispatcher();
        Thread.currentThread().interrupt();

        DispatchSummary summary = dispatcher.runDue(TENANT, NOW);

        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(summary.idle()).isTrue();
        assertThat(claimsAt).isEmpty();
        assertThat(fixture.entries()).allSatisfy(e -> assertThat(e.state()).isEqualTo(OutboxState.PENDING));
    }
}
