package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.event.MessageDeadLettered;
import io.elan.mentoring.core.memory.InMemoryOutbox;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the engine's listeners hear about the messages the dispatcher gives up on")
class ElanDeadLettersTest {

    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    private final EngineFixture fixture = new EngineFixture(null, message -> SendResult.permanent("no such mailbox"),
            builder -> { });
    private final InMemoryOutbox outbox = fixture.stores.outbox();

    @Test
    @DisplayName("a listener given to Elan.builder() receives one MessageDeadLettered per dead letter")
    void listenerHearsDeadLetters() {
        Instant now = fixture.clock.instant();
        outbox.enqueue(ACME, OutgoingMessage.builder().tenant(ACME).program(SPRING).recipient(PersonId.of("lea"))
                .channel(Channel.EMAIL).locale(Locale.FRENCH).recipientLocale(Locale.FRENCH)
                .recipientZone(EngineFixture.PARIS).kind("announcement")
                .content(MessageContent.of("Bienvenue", "Le programme commence.")).idempotencyKey("welcome-lea")
                .notBefore(now).build());

        fixture.clock.set(now);
        fixture.elan.runDue(ACME);

        assertThat(fixture.events).filteredOn(MessageDeadLettered.class::isInstance).singleElement()
                .isEqualTo(new MessageDeadLettered(ACME, SPRING, now, "welcome-lea", PersonId.of("lea"),
                        Channel.EMAIL, "announcement", 1, "no such mailbox"));
        assertThat(log.lines("Gave up on message welcome-lea ")).hasSize(1);
    }
}
