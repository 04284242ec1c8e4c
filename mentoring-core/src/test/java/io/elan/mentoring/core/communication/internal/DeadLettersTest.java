package io.elan.mentoring.core.communication.internal;

import static io.elan.mentoring.core.communication.internal.CommunityFixture.NOW;
import static io.elan.mentoring.core.communication.internal.CommunityFixture.PROGRAM;
import static io.elan.mentoring.core.communication.internal.CommunityFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.CapturedLog;
import io.elan.mentoring.core.event.MessageDeadLettered;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import io.elan.mentoring.spi.program.Role;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A message given up on is visible: listed with its reason, raised as an event, logged once, and can be sent again. */
@DisplayName("dead letters")
class DeadLettersTest {

    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    private CommunityFixture fixture;
    private final List<DomainEvent> events = new ArrayList<>();
    private CommunicationServices refusing;

    @BeforeEach
    void setUp() {
        fixture = new CommunityFixture();
        fixture.enrol("mentee-chloe", Role.MENTEE);
        fixture.enrol("mentee-dev", Role.MENTEE);
        for (String person : List.of("mentee-chloe", "mentee-dev")) {
            fixture.outbox.enqueue(TENANT, OutgoingMessage.builder().tenant(TENANT).program(PROGRAM)
                    .recipient(PersonId.of(person)).channel(Channel.EMAIL).locale(Locale.FRENCH)
                    .recipientLocale(Locale.FRENCH).recipientZone(ZoneId.of("Europe/Paris")).kind("nudge")
                    .content(MessageContent.of("Bonjour", "Un mot de l’équipe.")).idempotencyKey("to-" + person)
                    .notBefore(NOW).build());
        }
        refusing = fixture.wiring(message -> message.recipient().value().equals("mentee-chloe")
                        ? SendResult.permanent("mailbox unknown at the provider")
                        : fixture.inbox.send(message))
                .listener(events::add).build();
    }

    @Test
    @DisplayName("a dead letter is listed with its reason, raised once as an event and logged once at WARN")
    void visible() {
        refusing.dispatcher().runDue(TENANT, NOW);
        refusing.dispatcher().runDue(TENANT, NOW.plus(Duration.ofDays(1)));

        assertThat(refusing.deadLetters().list(TENANT, PROGRAM)).singleElement().satisfies(dead -> {
            assertThat(dead.message().idempotencyKey()).isEqualTo("to-mentee-chloe");
            assertThat(dead.state()).isEqualTo(OutboxState.DEAD);
            assertThat(dead.lastError()).isEqualTo("mailbox unknown at the provider");
            assertThat(dead.settledAt()).isEqualTo(NOW);
        });
        assertThat(events).containsExactly(new MessageDeadLettered(TENANT, PROGRAM, NOW, "to-mentee-chloe",
                PersonId.of("mentee-chloe"), Channel.EMAIL, "nudge", 1, "mailbox unknown at the provider"));
        assertThat(log.lines()).containsExactly("WARN io.elan.mentoring.core.communication.internal.OutboxDispatcher"
                + " - Gave up on message to-mentee-chloe of tenant acme, program mentoring-2026, to mentee-chloe on email after"
                + " 1 attempt(s): mailbox unknown at the provider");
    }

    @Test
    @DisplayName("a host puts a dead letter back: it is pending with a fresh set of attempts and the next run sends it")
    void requeued() {
        refusing.dispatcher().runDue(TENANT, NOW);
        fixture.clock.set(NOW.plus(Duration.ofHours(2)));

        assertThat(refusing.deadLetters().requeue(TENANT, "to-mentee-chloe")).isTrue();

        OutboxEntry back = fixture.outbox.find(TENANT, "to-mentee-chloe").orElseThrow();
        assertThat(back.state()).isEqualTo(OutboxState.PENDING);
        assertThat(back.attempts()).isZero();
        assertThat(back.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(back.lastError()).as("kept until the next outcome").isEqualTo("mailbox unknown at the provider");
        assertThat(refusing.deadLetters().list(TENANT, PROGRAM)).isEmpty();
        CommunicationServices fixed = fixture.wiring(fixture.inbox).build();
        assertThat(fixed.dispatcher().runDue(TENANT, fixture.clock.instant()).delivered()).isEqualTo(1);
        assertThat(fixture.inbox.delivered()).extracting(OutgoingMessage::idempotencyKey)
                .containsExactlyInAnyOrder("to-mentee-dev", "to-mentee-chloe");
    }

    @Test
    @DisplayName("only a dead letter can be put back: an unknown key, a delivered or a pending message stays as it is")
    void onlyDeadLettersComeBack() {
        refusing.dispatcher().runDue(TENANT, NOW);

        assertThat(refusing.deadLetters().requeue(TENANT, "to-mentee-dev")).as("delivered").isFalse();
        assertThat(refusing.deadLetters().requeue(TENANT, "no-such-key")).as("unknown").isFalse();
        assertThat(refusing.deadLetters().requeue(TENANT, "to-mentee-chloe")).isTrue();
        assertThat(refusing.deadLetters().requeue(TENANT, "to-mentee-chloe")).as("pending already").isFalse();
        assertThat(fixture.outbox.find(TENANT, "to-mentee-dev").orElseThrow().state())
                .isEqualTo(OutboxState.DELIVERED);
    }
}
