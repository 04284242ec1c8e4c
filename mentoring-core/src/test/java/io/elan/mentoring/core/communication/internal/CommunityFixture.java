package io.elan.mentoring.core.communication.internal;

import io.elan.mentoring.core.memory.InMemoryBroadcastLog;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryOutbox;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.ParticipantStatus;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** A running program in a tenant, with in-memory ports and a clock tests move. */
final class CommunityFixture {
    static final TenantId TENANT = TenantId.of("acme");
    static final ProgramId PROGRAM = ProgramId.of("mentoring-2026");
    /** A Thursday morning in Paris. */
    static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    final InMemoryProgramStore store = new InMemoryProgramStore();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryMessageGateway inbox;
    final MutableClock clock = new MutableClock(NOW);
    final Program program;

    CommunityFixture(Channel... supported) {
        inbox = new InMemoryMessageGateway(supported);
        program = store.saveProgram(Program.builder()
                .tenant(TENANT)
                .id(PROGRAM)
                .name("Programme de mentorat 2026")
                .kickOff(LocalDate.of(2026, 9, 15))
                .closing(LocalDate.of(2027, 7, 15))
                .zone("Europe/Paris")
                .locale(Locale.FRENCH)
                .status(ProgramStatus.RUNNING)
                .build());
    }

    CommunicationServices.Builder wiring(MessageGateway gateway) {
        // Each wiring keeps broadcasts in a log of its own, as each node without a shared store would.
        return CommunicationServices.builder().programStore(store).outbox(outbox).gateway(gateway).clock(clock)
                .broadcastLog(new InMemoryBroadcastLog());
    }

    CommunicationServices communication() {
        return wiring(inbox).build();
    }

    Participant enrol(String person, Role role, Channel channel, Locale locale, String... optOuts) {
        return store.saveParticipant(TENANT, Participant.builder()
                .program(PROGRAM)
                .person(PersonId.of(person))
                .role(role)
                .preferredChannel(channel)
                .locale(locale)
                .zone(ZoneId.of("Europe/Paris"))
                .enrolledOn(LocalDate.of(2026, 9, 1))
                .optOuts(Set.of(optOuts))
                .build());
    }

    Participant enrol(String person, Role role) {
        return enrol(person, role, Channel.EMAIL, Locale.FRENCH);
    }

    void setStatus(String person, ParticipantStatus status) {
        Participant p = store.findParticipant(TENANT, PROGRAM, PersonId.of(person)).orElseThrow();
        store.saveParticipant(TENANT, p.toBuilder().status(status).build());
    }

    List<OutboxEntry> entries() {
        try (Stream<OutboxEntry> entries = outbox.entries(TENANT, PROGRAM)) {
            return entries.toList();
        }
    }

    List<String> recipients(List<OutgoingMessage> messages) {
        return messages.stream().map(m -> m.recipient().value()).sorted().toList();
    }

    List<String> queuedTo() {
        return entries().stream().map(e -> e.message().recipient().value()).sorted().toList();
    }
}
