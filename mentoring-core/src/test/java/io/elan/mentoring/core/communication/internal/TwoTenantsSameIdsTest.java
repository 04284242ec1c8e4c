package io.elan.mentoring.core.communication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.delivery.QuietHours;
import io.elan.mentoring.core.communication.delivery.SendingHours;
import io.elan.mentoring.core.communication.replay.UsefulReplay;
import io.elan.mentoring.core.memory.InMemoryBroadcastLog;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryOutbox;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.program.TouchpointStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two companies that both run program {@code spring}, with people {@code lea} and {@code marie}, broadcast
 * {@code welcome} and webinar {@code listening}, share one provider account: a gateway that deduplicates on the
 * idempotency key alone, as a provider does. The attacker is tenant A: it knows every key of its own messages and has
 * them delivered first, hoping tenant B's messages are then taken for duplicates and dropped.
 */
@DisplayName("two tenants with identical program, people and broadcast ids")
class TwoTenantsSameIdsTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");
    private static final ProgramId SPRING = ProgramId.of("spring");
    private static final TouchpointId WEBINAR = TouchpointId.of("listening");
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final Map<TenantId, ZoneId> ZONES = Map.of(ACME, ZoneId.of("Europe/Paris"),
            GLOBEX, ZoneId.of("America/Montreal"));
    private static final Map<TenantId, Locale> LOCALES = Map.of(ACME, Locale.FRENCH, GLOBEX, Locale.CANADA_FRENCH);

    private final InMemoryProgramStore store = new InMemoryProgramStore();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryMessageGateway sharedProviderAccount = new InMemoryMessageGateway();
    private final CommunicationServices communication = CommunicationServices.builder().programStore(store)
            .outbox(outbox).broadcastLog(new InMemoryBroadcastLog()).gateway(sharedProviderAccount)
            .clock(new MutableClock(NOW))
            .settings(CommunicationSettings.builder().quietHours(QuietHours.none())
                    .sendingHours(SendingHours.always()).build()).build();

    @BeforeEach
    void twoTenantsWithTheSameIds() {
        for (TenantId tenant : List.of(ACME, GLOBEX)) {
            store.saveProgram(Program.builder().tenant(tenant).id(SPRING).name("Spring")
                    .kickOff(LocalDate.of(2026, 9, 15)).closing(LocalDate.of(2027, 7, 15)).zone("Europe/Paris")
                    .locale(Locale.FRENCH).status(ProgramStatus.RUNNING).build());
            for (String person : List.of("lea", "marie")) {
                store.saveParticipant(tenant, Participant.builder().program(SPRING).person(PersonId.of(person))
                        .role(person.equals("lea") ? Role.MENTOR : Role.MENTEE).preferredChannel(Channel.EMAIL)
                        .locale(LOCALES.get(tenant)).zone(ZONES.get(tenant)).enrolledOn(LocalDate.of(2026, 9, 1))
                        .build());
            }
            store.saveTouchpoint(tenant, Touchpoint.builder().id(WEBINAR).program(SPRING)
                    .format(Format.WEBINAR_FOCUS).theme("Écoute active").start(NOW.minus(Duration.ofDays(7)))
                    .duration(Duration.ofMinutes(45)).audience(Audience.BOTH).status(TouchpointStatus.HELD).build());
            store.recordAttendance(tenant, new Attendance(SPRING, WEBINAR, PersonId.of("marie"),
                    AttendanceStatus.ATTENDED, NOW.minus(Duration.ofDays(6))));
        }
    }

    private void produceEverything(TenantId tenant) {
        communication.broadcasts().publish(tenant, new Broadcast(BroadcastId.of("welcome"), SPRING, Audience.BOTH,
                "announcement", Map.of(Locale.FRENCH, MessageContent.of("Bienvenue", "Le programme commence."))));
        communication.replays().send(tenant, UsefulReplay.builder(SPRING, WEBINAR).keyPoint("Reformuler").build());
    }

    private List<OutboxEntry> outboxOf(TenantId tenant) {
        try (Stream<OutboxEntry> entries = outbox.entries(tenant, SPRING)) {
            return entries.toList();
        }
    }

    @Test
    @DisplayName("share no idempotency key, so a gateway deduplicating on the key delivers every message of both")
    void noSharedKey() {
        produceEverything(ACME);
        produceEverything(GLOBEX);
        Set<String> acmeKeys = outboxOf(ACME).stream().map(e -> e.message().idempotencyKey())
                .collect(Collectors.toSet());
        Set<String> globexKeys = outboxOf(GLOBEX).stream().map(e -> e.message().idempotencyKey())
                .collect(Collectors.toSet());
        assertThat(acmeKeys).as("acme's messages: the broadcast to two people and the replay to lea").hasSize(3);
        assertThat(globexKeys).hasSize(3);
        Set<String> shared = new HashSet<>(acmeKeys);
        shared.retainAll(globexKeys);
        assertThat(shared).as("keys the attacker could use to have globex's messages dropped").isEmpty();

        assertThat(communication.dispatcher().runDue(ACME, NOW).delivered()).isEqualTo(3);
        assertThat(communication.dispatcher().runDue(GLOBEX, NOW).delivered()).isEqualTo(3);

        List<OutgoingMessage> reached = sharedProviderAccount.delivered();
        assertThat(reached).hasSize(6);
        for (TenantId tenant : List.of(ACME, GLOBEX)) {
            assertThat(reached).filteredOn(m -> m.tenant().equals(tenant))
                    .as("what reached %s's people", tenant)
                    .extracting(m -> m.recipient().value() + " " + m.kind())
                    .containsExactlyInAnyOrder("lea announcement", "marie announcement", "lea replay");
            assertThat(reached).filteredOn(m -> m.tenant().equals(tenant)).allSatisfy(m -> {
                assertThat(m.recipientZone()).isEqualTo(ZONES.get(tenant));
                assertThat(m.recipientLocale()).isEqualTo(LOCALES.get(tenant));
            });
        }
    }
}
