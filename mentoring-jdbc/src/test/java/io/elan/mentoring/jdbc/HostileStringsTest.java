package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.AddressingOutcome;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.tck.KitFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text an attacker or a careless import might send: quotes, SQL, comment markers, escapes, the NUL character, unpaired
 * surrogates and 10,000 characters. Each either comes back exactly as stored or is refused with a message that names
 * the field; none changes what the database holds.
 */
@DisplayName("hostile strings")
class HostileStringsTest {
    private static final String INJECTION = "'; DROP TABLE elan_program; --";
    private static final List<String> HOSTILE = List.of(
            "O'Brien",
            INJECTION,
            "\" OR \"1\"=\"1",
            "x' OR '1'='1",
            "/* comment */ -- line",
            "back\\slash \\' \\\\",
            "%_ LIKE wildcards %",
            "$1 $$ dollar $tag$",
            "tab\tnew\nline\r",
            "3:abc0:::length-prefix look-alike",
            "Écoute active — « élan » 🚀 ∑ 日本語",
            "ZWJ 👩‍👩‍👧 family");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (JdbcDialect dialect : JdbcDialect.values()) {
            for (String text : HOSTILE) {
                cases.add(Arguments.of(dialect, text));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    @DisplayName("round-trip through every store, as identifiers and as text")
    void roundTrip(JdbcDialect dialect, String text) {
        JdbcStores stores = TestDatabases.stores(dialect);
        // Identifiers and titles refuse line breaks and tabs; free text keeps them.
        String id = text.replaceAll("[\\t\\n\\r]", " ").strip();
        TenantId tenant = TenantId.of("t " + id);
        ProgramId programId = ProgramId.of("p " + id);

        Program program = Program.builder().tenant(tenant).id(programId).name(text)
                .kickOff(java.time.LocalDate.of(2026, 9, 15)).closing(java.time.LocalDate.of(2027, 7, 15))
                .zone("Europe/Paris").settings(Map.of("k " + id, text)).build();
        Program stored = stores.programStore().saveProgram(program);
        assertThat(stores.programStore().findProgram(tenant, programId)).contains(stored);
        assertThat(stores.programStore().programs(tenant)).containsExactly(stored);

        ActivityEvent event = ActivityEvent.ofPerson(EventId.of("e " + id), programId,
                PersonId.of("who " + id), ActivityKind.PAIR_MESSAGE, KitFixtures.T0, "src " + id)
                .withAttributes(Map.of("a " + id, text, "empty", ""));
        assertThat(stores.activityLog().append(tenant, List.of(event))).isEqualTo(1);
        try (Stream<ActivityEvent> events = stores.activityLog().events(tenant, programId, Instant.MIN,
                Instant.MAX)) {
            assertThat(events).containsExactly(event);
        }

        SurveyResponse response = new SurveyResponse(programId, "w", ResponseToken.of("tok " + id),
                Map.of("seg", id), Map.of("q " + id, new Answer.Text(text),
                        "q2", new Answer.Choices(java.util.Set.of("o " + id, "plain"))));
        assertThat(stores.surveyResponseStore().saveIfAbsent(tenant, response)).isTrue();
        try (Stream<SurveyResponse> responses = stores.surveyResponseStore().responses(tenant, programId, "w")) {
            assertThat(responses).containsExactly(response);
        }

        MessageContent content = new MessageContent(id, List.of(text, text + "!"),
                List.of(id), List.of(Link.of(id, "https://example.org/a?q=%27x%27")),
                Link.of(id, "https://example.org/act"));
        OutgoingMessage message = OutgoingMessage.builder().tenant(tenant).program(programId)
                .recipient(PersonId.of("r " + id)).channel(Channel.EMAIL).locale(Locale.CANADA_FRENCH)
                .recipientLocale(Locale.CANADA_FRENCH).recipientZone(ZoneId.of("America/Montreal"))
                .kind("kind " + id).content(content).idempotencyKey("key " + id).notBefore(KitFixtures.T0).build();
        assertThat(stores.outbox().enqueue(tenant, message)).isTrue();
        assertThat(stores.outbox().find(tenant, "key " + id)).get()
                .satisfies(e -> assertThat(e.message()).isEqualTo(message));
        ClaimedMessage claim = stores.outbox().claimDue(tenant, KitFixtures.T0, 1, Duration.ofMinutes(5)).get(0);
        assertThat(stores.outbox().markDead(tenant, claim.claimToken(), KitFixtures.T0, text)).isTrue();
        assertThat(stores.outbox().find(tenant, "key " + id).orElseThrow().lastError()).isEqualTo(text);

        Broadcast broadcast = new Broadcast(BroadcastId.of("b " + id), programId, Audience.BOTH, "kind " + id,
                Map.of(Locale.CANADA_FRENCH, content, Locale.ENGLISH, MessageContent.of(id, text)));
        PublishedBroadcast published = new PublishedBroadcast(broadcast, KitFixtures.T0);
        assertThat(stores.broadcastLog().publish(tenant, published)).isEqualTo(published);
        assertThat(stores.broadcastLog().broadcasts(tenant, programId)).containsExactly(published);
        List<Addressee> addressees = List.of(
                new Addressee(PersonId.of("who " + id), Role.MENTOR, AddressingOutcome.QUEUED, Channel.SMS,
                        "key " + id, false, KitFixtures.T0, null),
                new Addressee(PersonId.of("other " + id), Role.MENTEE, AddressingOutcome.OPTED_OUT, null, null, true,
                        KitFixtures.T0, text));
        assertThat(stores.broadcastLog().address(tenant, programId, broadcast.id(), addressees))
                .isEqualTo(addressees);
        assertThat(stores.broadcastLog().addressees(tenant, programId, broadcast.id())).isEqualTo(addressees);

        assertThat(stores.programStore().findProgram(tenant, programId)).as("the program table is still there")
                .isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    @DisplayName("a NUL character is refused with a message naming the field, and nothing is stored")
    void nul(JdbcDialect dialect) {
        JdbcStores stores = TestDatabases.stores(dialect);
        TenantId tenant = KitFixtures.freshTenant();
        assertThatThrownBy(() -> KitFixtures.program(tenant, "p").toBuilder().name("a\0b").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("name")
                .hasMessageContaining("control characters");
        stores.outbox().enqueue(tenant, KitFixtures.message(tenant, ProgramId.of("p"), "k", KitFixtures.T0));
        ClaimedMessage claim = stores.outbox().claimDue(tenant, KitFixtures.T0, 1, Duration.ofMinutes(5)).get(0);
        assertThatThrownBy(() -> stores.outbox().retryAt(tenant, claim.claimToken(), KitFixtures.T0, "bad\0reason"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason").hasMessageContaining("NUL");
        assertThat(stores.outbox().find(tenant, "k").orElseThrow().lastError()).isNull();
        assertThat(stores.outbox().find(tenant, "k\0")).isEmpty();
        assertThat(stores.outbox().markDelivered(tenant, claim.claimToken() + "\0", KitFixtures.T0)).isFalse();
        assertThat(stores.surveyResponseStore().contains(tenant, ProgramId.of("p"), "w\0", ResponseToken.of("t")))
                .isFalse();
        PublishedBroadcast broadcast = KitFixtures.broadcast(ProgramId.of("p"), "b", "Annonce", KitFixtures.T0);
        stores.broadcastLog().publish(tenant, broadcast);
        // The broadcast log's values refuse a NUL themselves, so that no store, in memory or not, ever gets one.
        assertThatThrownBy(() -> new Addressee(PersonId.of("ana"), Role.MENTEE, AddressingOutcome.NO_CHANNEL, null,
                null, false, KitFixtures.T0, "no\0channel"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("detail: must not contain the NUL character (was U+0000 at index 2)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    @DisplayName("an unpaired surrogate, which UTF-8 cannot hold, is refused when the value is built, before any store")
    void unpairedSurrogate() {
        TenantId tenant = KitFixtures.freshTenant();
        assertThatThrownBy(() -> KitFixtures.program(tenant, "p").toBuilder().name("broken \uD83D half").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("name: must not contain an unpaired surrogate character (was U+D83D at index 7)");
        assertThatThrownBy(() -> TenantId.of(tenant.value() + "\uD800"))
                .hasMessageContaining("tenantId: must not contain an unpaired surrogate character");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    @DisplayName("a lookup by plain text holding an unpaired surrogate finds nothing, never what '?' names")
    void surrogateLookup(JdbcDialect dialect) {
        JdbcStores stores = TestDatabases.stores(dialect);
        TenantId tenant = KitFixtures.freshTenant();
        ProgramId program = ProgramId.of("p");
        stores.surveyResponseStore().saveIfAbsent(tenant, KitFixtures.response(program, "w?", "t", 4));
        assertThat(stores.surveyResponseStore().contains(tenant, program, "w?", ResponseToken.of("t"))).isTrue();
        assertThat(stores.surveyResponseStore().contains(tenant, program, "w\uD800", ResponseToken.of("t")))
                .isFalse();
        assertThat(stores.surveyResponseStore().count(tenant, program, "w\uD800")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    @DisplayName("10,000 characters are refused by fields with a limit and kept whole by those without one")
    void tenThousandCharacters(JdbcDialect dialect) {
        JdbcStores stores = TestDatabases.stores(dialect);
        TenantId tenant = KitFixtures.freshTenant();
        String huge = "x".repeat(9_990) + "'; DROP--";
        assertThat(huge).hasSize(9_999);
        assertThatThrownBy(() -> KitFixtures.program(tenant, "p").toBuilder().name(huge).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("name")
                .hasMessageContaining("at most 200 characters");
        stores.outbox().enqueue(tenant, KitFixtures.message(tenant, ProgramId.of("p"), "k", KitFixtures.T0));
        ClaimedMessage claim = stores.outbox().claimDue(tenant, KitFixtures.T0, 1, Duration.ofMinutes(5)).get(0);
        assertThatThrownBy(() -> stores.outbox().markDead(tenant, claim.claimToken(), KitFixtures.T0, huge))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason")
                .hasMessageContaining("at most 1000 characters");

        List<String> paragraphs = List.of("a".repeat(4000), huge.substring(0, 4000), "c".repeat(2000) + "'");
        MessageContent long10k = new MessageContent("Long", paragraphs, List.of(), List.of(), null);
        OutgoingMessage message = KitFixtures.message(tenant, ProgramId.of("p"), "long", KitFixtures.T0).toBuilder()
                .content(long10k).build();
        assertThat(String.join("", paragraphs)).hasSizeGreaterThanOrEqualTo(10_000);
        assertThat(stores.outbox().enqueue(tenant, message)).isTrue();
        assertThat(stores.outbox().find(tenant, "long").orElseThrow().message()).isEqualTo(message);

        Program withSettings = KitFixtures.program(tenant, "s").toBuilder()
                .settings(Map.of("a", "y".repeat(4000), "b", "z".repeat(4000), "c", huge.substring(0, 4000)))
                .build();
        Program stored = stores.programStore().saveProgram(withSettings);
        assertThat(stores.programStore().findProgram(tenant, withSettings.id())).contains(stored);
    }

    static Stream<JdbcDialect> dialects() {
        return Stream.of(JdbcDialect.values());
    }
}
