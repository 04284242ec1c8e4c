package io.elan.mentoring.core.communication.internal;

import static io.elan.mentoring.core.communication.internal.CommunityFixture.PROGRAM;
import static io.elan.mentoring.core.communication.internal.CommunityFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.elan.mentoring.core.CapturedLog;
import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.broadcast.Broadcasts;
import io.elan.mentoring.core.communication.broadcast.ParityLine;
import io.elan.mentoring.core.communication.broadcast.ParityReport;
import io.elan.mentoring.core.communication.broadcast.ParityStatus;
import io.elan.mentoring.core.communication.delivery.SendReport;
import io.elan.mentoring.core.memory.InMemoryBroadcastLog;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.AddressingOutcome;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.ParticipantStatus;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BroadcastsTest {

    /** Dead letters are logged at WARN; the tests that make them on purpose keep the build quiet. */
    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    private CommunityFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new CommunityFixture();
        fixture.enrol("mentor-ana", Role.MENTOR);
        fixture.enrol("mentor-ben", Role.MENTOR, Channel.WHATSAPP, Locale.ENGLISH);
        fixture.enrol("mentee-chloe", Role.MENTEE);
        fixture.enrol("mentee-quiet", Role.MENTEE, Channel.EMAIL, Locale.FRENCH, "announcement");
        fixture.enrol("mentee-gone", Role.MENTEE);
        fixture.setStatus("mentee-gone", ParticipantStatus.LEFT);
    }

    private static Broadcast announcement(String id, Audience audience) {
        return new Broadcast(BroadcastId.of(id), PROGRAM, audience, "announcement", Map.of(
                Locale.FRENCH, new MessageContent("Atelier de mi-parcours", List.of("Le 12 mars, 2 h 30."),
                        List.of("Questionnaire anonyme avant l’atelier"),
                        List.of(Link.of("Inscription", "https://example.com/mi-parcours")), null),
                Locale.ENGLISH, MessageContent.of("Mid-point workshop", "On March 12th, 2.5 hours.")));
    }

    private MessageGateway bouncing(String person) {
        return message -> message.recipient().value().equals(person)
                ? SendResult.permanent("mailbox does not exist")
                : fixture.inbox.send(message);
    }

    @Test
    @DisplayName("a broadcast reaches every active member of its audience and nobody else, in their language")
    void reachesTheWholeAudience() {
        CommunicationServices communication = fixture.communication();

        SendReport report = communication.broadcasts().publish(TENANT, announcement("a1", Audience.BOTH));
        communication.dispatcher().runDue(TENANT, fixture.clock.instant());

        assertThat(report.addressees()).extracting(a -> a.person().value(), Addressee::outcome).containsExactly(
                tuple("mentee-chloe", AddressingOutcome.QUEUED),
                tuple("mentee-quiet", AddressingOutcome.OPTED_OUT),
                tuple("mentor-ana", AddressingOutcome.QUEUED),
                tuple("mentor-ben", AddressingOutcome.QUEUED));
        assertThat(fixture.inbox.delivered())
                .extracting(m -> m.recipient().value(), OutgoingMessage::channel, m -> m.content().title())
                .containsExactlyInAnyOrder(
                        tuple("mentee-chloe", Channel.EMAIL, "Atelier de mi-parcours"),
                        tuple("mentor-ana", Channel.EMAIL, "Atelier de mi-parcours"),
                        tuple("mentor-ben", Channel.WHATSAPP, "Mid-point workshop"));
    }

    @Test
    @DisplayName("a broadcast for one community stays in it")
    void oneCommunity() {
        SendReport report = fixture.communication().broadcasts().publish(TENANT, announcement("a1", Audience.MENTORS));

        assertThat(report.addressees()).extracting(a -> a.person().value())
                .containsExactly("mentor-ana", "mentor-ben");
    }

    @Test
    @DisplayName("publishing again queues nothing new; reusing an id for different content is refused")
    void idempotent() {
        CommunicationServices communication = fixture.communication();
        communication.broadcasts().publish(TENANT, announcement("a1", Audience.BOTH));

        SendReport again = communication.broadcasts().publish(TENANT, announcement("a1", Audience.BOTH));

        assertThat(again.newlyQueued()).isZero();
        assertThat(fixture.entries()).hasSize(3);
        assertThatThrownBy(() -> communication.broadcasts().publish(TENANT, announcement("a1", Audience.MENTORS)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("id: is already used by a different broadcast of this program (was a1)");
    }

    @Test
    @DisplayName("a crash between recording the recipients and queueing is repaired by publishing again")
    void repairsACrash() {
        int[] enqueues = {0};
        Outbox failingOnce = new ForwardingOutbox(fixture.outbox) {
            @Override
            public boolean enqueue(TenantId tenant, OutgoingMessage message) {
                if (enqueues[0]++ == 1) {
                    throw new StoreException("connection reset", true,
                            new IOException("connection reset"));
                }
                return super.enqueue(tenant, message);
            }
        };
        CommunicationServices communication = CommunicationServices.builder().programStore(fixture.store)
                .outbox(failingOnce).broadcastLog(new InMemoryBroadcastLog()).gateway(fixture.inbox).clock(fixture.clock)
                .build();

        assertThatThrownBy(() -> communication.broadcasts().publish(TENANT, announcement("a1", Audience.BOTH)))
                .hasMessageContaining("connection reset");
        assertThat(fixture.entries()).hasSize(1);
        SendReport repaired = communication.broadcasts().publish(TENANT, announcement("a1", Audience.BOTH));

        assertThat(repaired.newlyQueued()).isEqualTo(2);
        assertThat(fixture.queuedTo()).containsExactly("mentee-chloe", "mentor-ana", "mentor-ben");
    }

    @Test
    @DisplayName("without a usable channel a member is reported as unreachable; the fallback channel is used when it can be")
    void noChannel() {
        MessageGateway emailOnly = new InMemoryMessageGateway(Channel.EMAIL);
        CommunicationSettings noFallback = CommunicationSettings.builder().fallbackChannel(null).build();

        SendReport withoutFallback = fixture.wiring(emailOnly).settings(noFallback).build().broadcasts()
                .publish(TENANT, announcement("a1", Audience.MENTORS));
        SendReport withFallback = fixture.wiring(emailOnly).build().broadcasts()
                .publish(TENANT, announcement("a2", Audience.MENTORS));

        assertThat(withoutFallback.skipped()).singleElement().satisfies(a -> {
            assertThat(a.person().value()).isEqualTo("mentor-ben");
            assertThat(a.outcome()).isEqualTo(AddressingOutcome.NO_CHANNEL);
            assertThat(a.detail()).isEqualTo("the gateway does not support whatsapp");
        });
        assertThat(withFallback.queued()).extracting(a -> a.person().value(), Addressee::channel)
                .containsExactly(tuple("mentor-ana", Channel.EMAIL), tuple("mentor-ben", Channel.EMAIL));
    }

    @Test
    @DisplayName("with a people directory, a member without an address on any usable channel is unreachable")
    void directoryAddresses() {
        InMemoryPeopleDirectory directory = new InMemoryPeopleDirectory()
                .put(TENANT, Person.of(PersonId.of("mentor-ana"), "Ana").toBuilder().email("ana@example.com").build())
                .put(TENANT, Person.of(PersonId.of("mentor-ben"), "Ben"));

        SendReport report = fixture.wiring(fixture.inbox).peopleDirectory(directory).build().broadcasts()
                .publish(TENANT, announcement("a1", Audience.MENTORS));

        assertThat(report.addressees()).extracting(a -> a.person().value(), Addressee::outcome, Addressee::detail)
                .containsExactly(tuple("mentor-ana", AddressingOutcome.QUEUED, null),
                        tuple("mentor-ben", AddressingOutcome.NO_CHANNEL,
                                "no phone number for whatsapp; no e-mail address for email"));
    }

    @Test
    @DisplayName("the parity report says who got it on which channel, and who did not and why")
    void parity() {
        CommunicationServices communication = fixture.wiring(bouncing("mentor-ana")).build();
        communication.broadcasts().publish(TENANT, announcement("a1", Audience.BOTH));
        communication.dispatcher().runDue(TENANT, fixture.clock.instant());
        fixture.enrol("mentee-late", Role.MENTEE);

        ParityReport report = communication.broadcasts().parity(TENANT, PROGRAM, BroadcastId.of("a1"));

        assertThat(report.lines())
                .extracting(l -> l.person().value(), ParityLine::status, ParityLine::channel, ParityLine::reason)
                .containsExactly(
                        tuple("mentee-chloe", ParityStatus.DELIVERED, Channel.EMAIL, null),
                        tuple("mentee-late", ParityStatus.NOT_ADDRESSED, null,
                                "joined after the broadcast; their catch-up digest is not produced yet"),
                        tuple("mentee-quiet", ParityStatus.OPTED_OUT, null, "opted out of announcement"),
                        tuple("mentor-ana", ParityStatus.BOUNCED, Channel.EMAIL, "mailbox does not exist"),
                        tuple("mentor-ben", ParityStatus.DELIVERED, Channel.WHATSAPP, null));
        assertThat(report.complete()).isFalse();
    }

    @Test
    @DisplayName("a late joiner receives one digest of the broadcasts they missed, in their language, and parity shows it")
    void catchUp() {
        CommunicationServices communication = fixture.communication();
        communication.broadcasts().publish(TENANT, announcement("a1", Audience.BOTH));
        fixture.clock.advance(Duration.ofDays(7));
        communication.broadcasts().publish(TENANT, new Broadcast(BroadcastId.of("a2"), PROGRAM, Audience.MENTEES,
                "announcement", Map.of(Locale.FRENCH, MessageContent.of("Capsule d’inspiration", "15 minutes."))));
        communication.broadcasts().publish(TENANT, new Broadcast(BroadcastId.of("a3"), PROGRAM, Audience.MENTORS,
                "announcement", Map.of(Locale.FRENCH, MessageContent.of("Réservé aux mentors", "Co-développement."))));
        fixture.enrol("mentee-late", Role.MENTEE);
        communication.dispatcher().runDue(TENANT, fixture.clock.instant());
        int before = fixture.inbox.delivered().size();

        List<SendReport> reports = communication.broadcasts().catchUpAll(TENANT, PROGRAM);
        List<SendReport> again = communication.broadcasts().catchUpAll(TENANT, PROGRAM);
        communication.dispatcher().runDue(TENANT, fixture.clock.instant());

        assertThat(reports).singleElement().satisfies(r -> assertThat(r.newlyQueued()).isEqualTo(1));
        assertThat(again).isEmpty();
        List<OutgoingMessage> digests = fixture.inbox.delivered().subList(before, fixture.inbox.delivered().size());
        assertThat(digests).singleElement().satisfies(digest -> {
            assertThat(digest.recipient().value()).isEqualTo("mentee-late");
            assertThat(digest.kind()).isEqualTo(Broadcasts.CATCH_UP_KIND);
            assertThat(digest.content().title()).isEqualTo("Bienvenue\u00a0! Ce que la communauté a partagé jusqu’ici");
            assertThat(digest.content().paragraphs()).containsExactly(
                    "2 messages ont été envoyés à votre communauté avant votre arrivée. Les voici, pour que chacun"
                            + " dispose du même niveau d’information.",
                    "Atelier de mi-parcours (26 novembre 2026)\nLe 12 mars, 2 h 30.\n• Questionnaire anonyme avant"
                            + " l’atelier",
                    "Capsule d’inspiration (3 décembre 2026)\n15 minutes.");
            assertThat(digest.content().links()).extracting(Link::label).containsExactly("Inscription");
        });
        ParityReport parity = communication.broadcasts().parity(TENANT, PROGRAM, BroadcastId.of("a2"));
        assertThat(parity.lines()).filteredOn(l -> l.person().value().equals("mentee-late")).singleElement()
                .satisfies(l -> {
                    assertThat(l.status()).isEqualTo(ParityStatus.DELIVERED);
                    assertThat(l.viaCatchUp()).isTrue();
                });
    }

    @Test
    @DisplayName("a late joiner who opted out of a kind does not get those broadcasts in the digest")
    void catchUpHonoursOptOuts() {
        CommunicationServices communication = fixture.communication();
        communication.broadcasts().publish(TENANT, announcement("a1", Audience.BOTH));
        fixture.enrol("mentee-late", Role.MENTEE, Channel.EMAIL, Locale.FRENCH, "announcement");

        SendReport report = communication.broadcasts().catchUp(TENANT, PROGRAM, PersonId.of("mentee-late"));

        assertThat(report.newlyQueued()).isZero();
        assertThat(report.addressees()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AddressingOutcome.OPTED_OUT);
            assertThat(a.catchUp()).isTrue();
        });
    }

    @Test
    @DisplayName("a suspended program sends no broadcast")
    void suspended() {
        Program running = fixture.store.findProgram(TENANT, PROGRAM).orElseThrow();
        fixture.store.saveProgram(running.withStatus(ProgramStatus.SUSPENDED));

        assertThatThrownBy(() -> fixture.communication().broadcasts().publish(TENANT, announcement("a1",
                Audience.BOTH)))
                .hasMessage("program: must not be suspended, closed or cancelled to send messages (was SUSPENDED)");
    }

    @Test
    @DisplayName("broadcasts of one tenant are invisible to another")
    void tenants() {
        CommunicationServices communication = fixture.communication();
        communication.broadcasts().publish(TENANT, announcement("a1", Audience.BOTH));

        assertThat(communication.broadcasts().published(TenantId.of("other"), PROGRAM)).isEmpty();
        assertThatThrownBy(() -> communication.broadcasts().parity(TenantId.of("other"), PROGRAM,
                BroadcastId.of("a1"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("concurrent publishing and catching up, as from several nodes, queue one message per member")
    void concurrentCalls() throws Exception {
        CommunicationServices communication = fixture.communication();
        for (int i = 0; i < 20; i++) {
            fixture.enrol("mentee-" + i, Role.MENTEE);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> communication.broadcasts().publish(TENANT, announcement("a1",
                        Audience.BOTH))));
                calls.add(pool.submit(() -> communication.broadcasts().catchUpAll(TENANT, PROGRAM)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        communication.dispatcher().runDue(TENANT, fixture.clock.instant());

        assertThat(fixture.inbox.delivered()).extracting(m -> m.recipient().value()).doesNotHaveDuplicates()
                .hasSize(23);
        assertThat(communication.broadcasts().parity(TENANT, PROGRAM, BroadcastId.of("a1")).lines())
                .hasSize(24)
                .filteredOn(l -> l.status() != ParityStatus.DELIVERED).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(ParityStatus.OPTED_OUT));
    }

    @Test
    @DisplayName("a crash between recording a catch-up and queueing its digest is repaired by catching up again")
    void repairsACatchUpCrash() {
        boolean[] failed = {false};
        Outbox failingOnDigest = new ForwardingOutbox(fixture.outbox) {
            @Override
            public boolean enqueue(TenantId tenant, OutgoingMessage message) {
                if (message.kind().equals(Broadcasts.CATCH_UP_KIND) && !failed[0]) {
                    failed[0] = true;
                    throw new StoreException("connection reset", true, new IOException("connection reset"));
                }
                return super.enqueue(tenant, message);
            }
        };
        CommunicationServices communication = CommunicationServices.builder().programStore(fixture.store)
                .outbox(failingOnDigest).broadcastLog(new InMemoryBroadcastLog()).gateway(fixture.inbox).clock(fixture.clock)
                .build();
        communication.broadcasts().publish(TENANT, announcement("a1", Audience.BOTH));
        fixture.enrol("mentee-late", Role.MENTEE);
        PersonId late = PersonId.of("mentee-late");

        assertThatThrownBy(() -> communication.broadcasts().catchUp(TENANT, PROGRAM, late))
                .isInstanceOf(StoreException.class);
        SendReport repaired = communication.broadcasts().catchUp(TENANT, PROGRAM, late);
        SendReport again = communication.broadcasts().catchUp(TENANT, PROGRAM, late);

        assertThat(repaired.newlyQueued()).isEqualTo(1);
        assertThat(again.newlyQueued()).isZero();
        assertThat(fixture.entries()).filteredOn(e -> e.message().recipient().equals(late)).hasSize(1);
    }
}
