package io.elan.mentoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text that becomes a header (an e-mail subject, a notification title, a display name in a From or To line) is one
 * line: a line break in it would end the header and start another ({@code \r\nBcc: ...}).
 */
@DisplayName("text that becomes a header is a single line")
class HeaderTextTest {

    private static final Instant T0 = Instant.parse("2026-09-15T07:00:00Z");

    /** The values that hold header text, each built around the text under test. */
    private static final Map<String, Consumer<String>> HEADER_FIELDS = Map.of(
            "title", text -> MessageContent.of(text, "Bonjour"),
            "theme", text -> Touchpoint.builder().id(TouchpointId.of("t1")).program(ProgramId.of("p1"))
                    .format(Format.WEBINAR_FOCUS).theme(text).start(T0).duration(Duration.ofMinutes(45)).build(),
            "displayName", text -> Person.of(PersonId.of("lea"), text),
            "email", text -> Person.of(PersonId.of("lea"), "Léa").toBuilder().email(text).build(),
            "subject", text -> HotlineRequest.raised(HotlineRequestId.of("h1"), ProgramId.of("p1"),
                    PersonId.of("lea"), HotlineTopic.QUESTION, text, "", T0),
            "kind", text -> OutgoingMessage.builder().tenant(TenantId.of("acme")).program(ProgramId.of("p1"))
                    .recipient(PersonId.of("lea")).channel(Channel.EMAIL).locale(Locale.FRENCH)
                    .recipientLocale(Locale.FRENCH).recipientZone(ZoneId.of("Europe/Paris")).kind(text)
                    .content(MessageContent.of("Bonjour", "Un mot.")).idempotencyKey("k1").notBefore(T0).build());

    static Stream<Arguments> injections() {
        return HEADER_FIELDS.keySet().stream().sorted().flatMap(field -> Stream.of(
                Arguments.of(field, "lea@acme.example\r\nBcc: all@acme.example", "U+000D at index 16"),
                Arguments.of(field, "Replay utile\nBcc: all@acme.example", "U+000A at index 12"),
                Arguments.of(field, "Replay\tutile", "U+0009 at index 6"),
                Arguments.of(field, "Replay\u0085utile", "U+0085 at index 6"),
                Arguments.of(field, "Replay\u2028utile", "U+2028 at index 6"),
                Arguments.of(field, "Replay\u0000utile", "U+0000 at index 6")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("injections")
    @DisplayName("a line break, a tab or another control character is refused, naming the field and the character")
    void refused(String field, String text, String where) {
        assertThatThrownBy(() -> HEADER_FIELDS.get(field).accept(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(field + ": must be a single line: it may become a message header, so no line breaks, tabs"
                        + " or other control characters (was " + where + ")");
    }

    @Test
    @DisplayName("a title holding any text either is refused or holds no line break, tab or control character")
    void anyTitle() {
        qt().withExamples(500)
                .forAll(strings().betweenCodePoints(0, 0x2100).ofLengthBetween(1, 40))
                .checkAssert(text -> {
                    MessageContent content;
                    try {
                        content = MessageContent.of(text, "Bonjour");
                    } catch (InvalidValueException refused) {
                        assertThat(refused.violations()).extracting(Violation::field).containsExactly("title");
                        return;
                    }
                    assertThat(content.title().chars())
                            .noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
                });
    }

    @Test
    @DisplayName("ordinary titles, names and themes, accents, emoji and right-to-left script included, are kept")
    void ordinaryTextKept() {
        for (String text : new String[] {"Replay utile : écoute active", "Léa N’Diaye-Müller", "مرحبا بالمرشدين 🚀"}) {
            assertThat(Checks.line(text, "title", 200)).isEqualTo(text);
            HEADER_FIELDS.entrySet().stream().filter(e -> !e.getKey().equals("email") && !e.getKey().equals("kind"))
                    .forEach(e -> e.getValue().accept(text));
        }
    }
}
