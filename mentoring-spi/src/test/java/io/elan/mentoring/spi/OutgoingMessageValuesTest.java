package io.elan.mentoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("an outgoing message carries only languages, zones and instants that every outbox can keep")
class OutgoingMessageValuesTest {

    private static OutgoingMessage.Builder message() {
        return OutgoingMessage.builder().tenant(TenantId.of("acme")).program(ProgramId.of("p1"))
                .recipient(PersonId.of("lea")).channel(Channel.EMAIL).locale(Locale.FRENCH)
                .recipientLocale(Locale.FRENCH).recipientZone(ZoneId.of("Europe/Paris")).kind("replay")
                .content(MessageContent.of("Bonjour", "Un mot.")).idempotencyKey("k1")
                .notBefore(Instant.parse("2026-09-15T07:00:00Z"));
    }

    @Test
    @DisplayName("a language tag longer than a store keeps is refused, naming the field")
    void overlongLanguage() {
        Locale odd = Locale.forLanguageTag("fr-x-" + "abcdefgh-".repeat(30) + "abcdefgh");
        assertThatThrownBy(() -> message().recipientLocale(odd).build())
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).violations()).extracting(Violation::field)
                        .containsExactly("recipientLocale"));
    }

    @Test
    @DisplayName("a not-before instant beyond what a store can hold is refused, naming the field")
    void instantOutOfRange() {
        assertThatThrownBy(() -> message().notBefore(Instant.MAX).build())
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).violations()).extracting(Violation::field)
                        .containsExactly("notBefore"));
    }

    @Test
    @DisplayName("the first and last instants a store holds are kept")
    void edgesKept() {
        assertThat(message().notBefore(Instant.parse("1677-09-21T00:12:44Z")).build().notBefore()).isNotNull();
        assertThat(message().notBefore(Instant.parse("2262-04-11T23:47:16Z")).build().notBefore()).isNotNull();
    }
}
