package io.elan.mentoring.core.communication.internal;

import static io.elan.mentoring.core.communication.internal.CommunityFixture.NOW;
import static io.elan.mentoring.core.communication.internal.CommunityFixture.PROGRAM;
import static io.elan.mentoring.core.communication.internal.CommunityFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.CapturedLog;
import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.delivery.DispatchSummary;
import io.elan.mentoring.core.communication.delivery.SendingHours;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import io.elan.mentoring.spi.program.ParticipantStatus;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OutboxDispatcherTest {

    /** Dead letters are logged at WARN; the tests that make them on purpose keep the build quiet. */
    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    private static final CommunicationSettings SETTINGS = CommunicationSettings.builder()
            .maxAttempts(3)
            .firstRetryDelay(Duration.ofMinutes(1))
            .maxRetryDelay(Duration.ofHours(1))
            .jitter(0.2)
            .build();

    private CommunityFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new CommunityFixture();
        fixture.enrol("mentee-chloe", Role.MENTEE);
        fixture.enrol("mentee-dev", Role.MENTEE, Channel.WHATSAPP, Locale.ENGLISH);
    }

    /** The same settings at every hour of every day, to watch the quiet hours alone. */
    private static final CommunicationSettings ANY_HOUR = SETTINGS.toBuilder()
            .sendingHours(SendingHours.always()).build();

    private OutboxDispatcher dispatcher(MessageGateway gateway) {
        return dispatcher(gateway, SETTINGS);
    }

    private OutboxDispatcher dispatcher(MessageGateway gateway, CommunicationSettings settings) {
        return fixture.wiring(gateway).settings(settings).build().dispatcher();
    }

    private OutgoingMessage queue(String key, String person, Channel channel, Instant notBefore) {
        OutgoingMessage message = OutgoingMessage.builder().tenant(TENANT).program(PROGRAM)
                .recipient(PersonId.of(person)).channel(channel).locale(Locale.FRENCH).recipientLocale(Locale.FRENCH)
                .recipientZone(ZoneId.of("Europe/Paris")).kind("nudge")
                .content(MessageContent.of("Bonjour", "Un mot de l’équipe.")).idempotencyKey(key).notBefore(notBefore)
                .build();
        fixture.outbox.enqueue(TENANT, message);
        return message;
    }

    private OutboxEntry entry(String key) {
        return fixture.outbox.find(TENANT, key).orElseThrow();
    }

    @Test
    @DisplayName("a delivered message is recorded as delivered")
    void delivers() {
        queue("k1", "mentee-chloe", Channel.EMAIL, NOW);

        DispatchSummary summary = dispatcher(fixture.inbox).runDue(TENANT, NOW);

        assertThat(summary).isEqualTo(new DispatchSummary(1, 1, 0, 0, 0, 0, 0, 0));
        assertThat(entry("k1").state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(fixture.inbox.delivered()).extracting(OutgoingMessage::idempotencyKey).containsExactly("k1");
    }

    @Test
    @DisplayName("nothing is sent before it is due")
    void notBeforeDue() {
        queue("k1", "mentee-chloe", Channel.EMAIL, NOW.plusSeconds(60));

        assertThat(dispatcher(fixture.inbox).runDue(TENANT, NOW).idle()).isTrue();
        assertThat(fixture.inbox.delivered()).isEmpty();
    }

    @Test
    @DisplayName("a permanent failure is dead-lettered at once with the gateway's reason")
    void permanent() {
        queue("k1", "mentee-chloe", Channel.EMAIL, NOW);

        DispatchSummary summary = dispatcher(m -> SendResult.permanent("unknown recipient")).runDue(TENANT, NOW);

        assertThat(summary.deadLettered()).isEqualTo(1);
        assertThat(entry("k1").state()).isEqualTo(OutboxState.DEAD);
        assertThat(entry("k1").lastError()).isEqualTo("unknown recipient");
        assertThat(entry("k1").attempts()).isEqualTo(1);
    }

    @Test
    @DisplayName("retryable failures back off exponentially with jitter, then are dead-lettered at the bound")
    void retriesThenGivesUp() {
        queue("k1", "mentee-chloe", Channel.EMAIL, NOW);
        OutboxDispatcher dispatcher = dispatcher(m -> SendResult.retryable("provider busy"));

        dispatcher.runDue(TENANT, NOW);
        Instant first = entry("k1").nextAttemptAt();
        dispatcher.runDue(TENANT, first);
        Instant second = entry("k1").nextAttemptAt();
        dispatcher.runDue(TENANT, second);

        assertThat(Duration.between(NOW, first)).isBetween(Duration.ofMinutes(1), Duration.ofSeconds(72));
        assertThat(Duration.between(first, second)).isBetween(Duration.ofMinutes(2), Duration.ofSeconds(144));
        OutboxEntry dead = entry("k1");
        assertThat(dead.state()).isEqualTo(OutboxState.DEAD);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastError()).isEqualTo("gave up after 3 attempts: provider busy");
    }

    @Test
    @DisplayName("the jitter is derived from the key: the same message waits the same, different ones spread out")
    void deterministicJitter() {
        for (int i = 0; i < 20; i++) {
            queue("k" + i, "mentee-chloe", Channel.EMAIL, NOW);
        }
        dispatcher(m -> SendResult.retryable("busy")).runDue(TENANT, NOW);
        List<Instant> firstRun = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            firstRun.add(entry("k" + i).nextAttemptAt());
        }

        CommunityFixture other = new CommunityFixture();
        other.enrol("mentee-chloe", Role.MENTEE);
        for (int i = 0; i < 20; i++) {
            other.outbox.enqueue(TENANT, fixture.outbox.find(TENANT, "k" + i).orElseThrow().message());
        }
        other.wiring(m -> SendResult.retryable("busy")).settings(SETTINGS).build().dispatcher().runDue(TENANT, NOW);

        for (int i = 0; i < 20; i++) {
            assertThat(other.outbox.find(TENANT, "k" + i).orElseThrow().nextAttemptAt()).isEqualTo(firstRun.get(i));
        }
        assertThat(firstRun).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("the provider's retry-after is never cut short")
    void retryAfter() {
        queue("k1", "mentee-chloe", Channel.EMAIL, NOW);

        dispatcher(m -> new SendResult(SendResult.Status.RETRYABLE_FAILURE, "rate limited", Duration.ofMinutes(30)))
                .runDue(TENANT, NOW);

        assertThat(entry("k1").nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    @DisplayName("an exception from the gateway is a retryable failure, with its message as the reason")
    void exceptionIsRetryable() {
        queue("k1", "mentee-chloe", Channel.EMAIL, NOW);

        DispatchSummary summary = dispatcher(m -> {
            throw new IllegalStateException("socket closed");
        }).runDue(TENANT, NOW);

        assertThat(summary.retried()).isEqualTo(1);
        assertThat(entry("k1").state()).isEqualTo(OutboxState.PENDING);
        assertThat(entry("k1").lastError()).isEqualTo("gateway threw java.lang.IllegalStateException: socket closed");
    }

    @Test
    @DisplayName("no WhatsApp at 3 a.m. in the recipient's zone: it waits until 8:00 there; e-mail leaves at once")
    void quietHours() {
        Instant threeAmParis = Instant.parse("2026-11-26T02:00:00Z");
        queue("wa", "mentee-dev", Channel.WHATSAPP, threeAmParis);
        queue("mail", "mentee-chloe", Channel.EMAIL, threeAmParis);
        OutboxDispatcher dispatcher = dispatcher(fixture.inbox, ANY_HOUR);

        DispatchSummary night = dispatcher.runDue(TENANT, threeAmParis);

        assertThat(night.deferred()).isEqualTo(1);
        assertThat(night.delivered()).isEqualTo(1);
        assertThat(entry("wa").nextAttemptAt()).isEqualTo(Instant.parse("2026-11-26T07:00:00Z"));
        assertThat(entry("wa").lastError()).isEqualTo("quiet hours in Europe/Paris until 08:00");
        assertThat(dispatcher.runDue(TENANT, Instant.parse("2026-11-26T06:59:00Z")).idle()).isTrue();
        assertThat(dispatcher.runDue(TENANT, Instant.parse("2026-11-26T07:00:00Z")).delivered()).isEqualTo(1);
    }

    @Test
    @DisplayName("a retry that would land in the quiet hours is moved to their end")
    void retryAvoidsQuietHours() {
        Instant late = Instant.parse("2026-11-26T19:59:30Z");
        queue("wa", "mentee-dev", Channel.WHATSAPP, late);

        dispatcher(m -> SendResult.retryable("busy"), ANY_HOUR).runDue(TENANT, late);

        assertThat(entry("wa").nextAttemptAt()).isEqualTo(Instant.parse("2026-11-27T07:00:00Z"));
    }

    @Test
    @DisplayName("a scheduler that runs at 20:00 sends nothing then: every channel waits for 9:00 the next working day")
    void sendingHours() {
        Instant eightPmParis = Instant.parse("2026-11-27T19:00:00Z");
        queue("mail", "mentee-chloe", Channel.EMAIL, Instant.parse("2026-11-27T08:00:00Z"));
        queue("wa", "mentee-dev", Channel.WHATSAPP, Instant.parse("2026-11-27T08:00:00Z"));
        OutboxDispatcher dispatcher = dispatcher(fixture.inbox);

        DispatchSummary friday = dispatcher.runDue(TENANT, eightPmParis);

        assertThat(friday.deferred()).isEqualTo(2);
        assertThat(friday.delivered()).isZero();
        Instant mondayNine = Instant.parse("2026-11-30T08:00:00Z");
        assertThat(entry("mail").nextAttemptAt()).isEqualTo(mondayNine);
        assertThat(entry("mail").lastError())
                .isEqualTo("outside the sending hours in Europe/Paris until 2026-11-30T09:00");
        assertThat(dispatcher.runDue(TENANT, mondayNine.minusSeconds(1)).idle()).isTrue();
        assertThat(dispatcher.runDue(TENANT, mondayNine).delivered()).isEqualTo(2);
    }

    @Test
    @DisplayName("a retry that would land after the sending hours is moved to their next start")
    void retryAvoidsEvenings() {
        Instant beforeSix = Instant.parse("2026-11-26T16:59:30Z");
        queue("mail", "mentee-chloe", Channel.EMAIL, beforeSix);

        dispatcher(m -> SendResult.retryable("busy")).runDue(TENANT, beforeSix);

        assertThat(entry("mail").nextAttemptAt()).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
    }

    @Test
    @DisplayName("a recipient who opted out or left since the message was queued is not sent it")
    void optOutAndLeaveAfterQueueing() {
        queue("k1", "mentee-chloe", Channel.EMAIL, NOW);
        queue("k2", "mentee-dev", Channel.WHATSAPP, NOW);
        fixture.setStatus("mentee-chloe", ParticipantStatus.WITHDRAWN);
        var dev = fixture.store.findParticipant(TENANT, PROGRAM, PersonId.of("mentee-dev")).orElseThrow();
        fixture.store.saveParticipant(TENANT, dev.toBuilder().optOuts(Set.of("nudge")).build());

        dispatcher(fixture.inbox).runDue(TENANT, NOW);

        assertThat(fixture.inbox.delivered()).isEmpty();
        assertThat(entry("k1").lastError()).isEqualTo("recipient is no longer an active participant (WITHDRAWN)");
        assertThat(entry("k2").lastError()).isEqualTo("recipient opted out of nudge");
    }

    @Test
    @DisplayName("a slow sender whose claim expired cannot overwrite the outcome recorded by the next sender")
    void lostClaim() {
        queue("k1", "mentee-chloe", Channel.EMAIL, NOW);
        AtomicInteger calls = new AtomicInteger();
        OutboxDispatcher[] dispatcher = new OutboxDispatcher[1];
        dispatcher[0] = dispatcher(m -> {
            if (calls.incrementAndGet() == 1) {
                dispatcher[0].runDue(TENANT, NOW.plus(SETTINGS.lease()));
                return SendResult.retryable("timed out after a long wait");
            }
            return fixture.inbox.send(m);
        });

        DispatchSummary slow = dispatcher[0].runDue(TENANT, NOW);

        assertThat(slow.lostClaims()).isEqualTo(1);
        assertThat(entry("k1").state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(fixture.inbox.delivered()).hasSize(1);
    }

    @Test
    @DisplayName("a claim that comes back after the last attempt crashed is dead-lettered without another send")
    void expiredLastAttempt() {
        queue("k1", "mentee-chloe", Channel.EMAIL, NOW);
        for (int attempt = 0; attempt < SETTINGS.maxAttempts(); attempt++) {
            fixture.outbox.claimDue(TENANT, NOW.plus(SETTINGS.lease().multipliedBy(attempt)), 1, SETTINGS.lease());
        }
        AtomicInteger sends = new AtomicInteger();

        dispatcher(m -> {
            sends.incrementAndGet();
            return SendResult.delivered();
        }).runDue(TENANT, NOW.plus(SETTINGS.lease().multipliedBy(SETTINGS.maxAttempts())));

        assertThat(sends).hasValue(0);
        assertThat(entry("k1").state()).isEqualTo(OutboxState.DEAD);
        assertThat(entry("k1").lastError()).startsWith("gave up after 3 attempts; the outcome of the last one is unknown");
    }

    @Test
    @DisplayName("one run claims at most the configured number of batches")
    void boundedRun() {
        for (int i = 0; i < 7; i++) {
            queue("k" + i, "mentee-chloe", Channel.EMAIL, NOW);
        }
        OutboxDispatcher small = fixture.wiring(fixture.inbox)
                .settings(SETTINGS.toBuilder().batchSize(2).maxBatchesPerRun(2).build()).build().dispatcher();

        assertThat(small.runDue(TENANT, NOW).claimed()).isEqualTo(4);
        assertThat(small.runDue(TENANT, NOW).claimed()).isEqualTo(3);
    }

    @Test
    @DisplayName("a suspended program's messages are held, a cancelled program's are dead-lettered")
    void programStatus() {
        queue("k1", "mentee-chloe", Channel.EMAIL, NOW);
        var program = fixture.store.findProgram(TENANT, PROGRAM).orElseThrow();
        program = fixture.store.saveProgram(program.withStatus(ProgramStatus.SUSPENDED));
        OutboxDispatcher dispatcher = dispatcher(fixture.inbox);

        DispatchSummary held = dispatcher.runDue(TENANT, NOW);

        assertThat(held.deferred()).isEqualTo(1);
        assertThat(entry("k1").nextAttemptAt()).isEqualTo(NOW.plus(SETTINGS.maxRetryDelay()));
        assertThat(entry("k1").lastError()).isEqualTo("the program is suspended");
        fixture.store.saveProgram(program.withStatus(ProgramStatus.CANCELLED));
        dispatcher.runDue(TENANT, NOW.plus(SETTINGS.maxRetryDelay()));
        assertThat(entry("k1").state()).isEqualTo(OutboxState.DEAD);
        assertThat(entry("k1").lastError()).isEqualTo("the program was cancelled");
        assertThat(fixture.inbox.delivered()).isEmpty();
    }

    @Test
    @DisplayName("a deferral at the last attempt dead-letters with the reason instead of claiming beyond the bound")
    void deferralAtTheBound() {
        Instant threeAmParis = Instant.parse("2026-11-26T02:00:00Z");
        queue("wa", "mentee-dev", Channel.WHATSAPP, threeAmParis);
        for (int attempt = 1; attempt < SETTINGS.maxAttempts(); attempt++) {
            var claim = fixture.outbox.claimDue(TENANT, threeAmParis, 1, SETTINGS.lease()).get(0);
            fixture.outbox.retryAt(TENANT, claim.claimToken(), threeAmParis, "busy");
        }

        dispatcher(fixture.inbox, ANY_HOUR).runDue(TENANT, threeAmParis);

        assertThat(entry("wa").state()).isEqualTo(OutboxState.DEAD);
        assertThat(entry("wa").attempts()).isEqualTo(SETTINGS.maxAttempts());
        assertThat(entry("wa").lastError()).isEqualTo("gave up after 3 attempts: quiet hours in Europe/Paris until 08:00");
    }
}
