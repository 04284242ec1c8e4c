package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.memory.InMemoryOutbox;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Role;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the facade's communication services share the engine's ports, and late joiners catch up")
class ElanCommunicationTest {

    private final EngineFixture fixture = new EngineFixture();
    private final InMemoryOutbox outbox = fixture.stores.outbox();

    private List<OutboxEntry> messagesTo(String person) {
        try (Stream<OutboxEntry> entries = outbox.entries(ACME, SPRING)) {
            return entries.filter(e -> e.message().recipient().value().equals(person)).toList();
        }
    }

    private void reachable(String id) {
        fixture.people.put(ACME, Person.of(PersonId.of(id), "Person " + id).toBuilder().email(id + "@acme.example")
                .build());
    }

    @Test
    @DisplayName("a broadcast reaches the enrolled, and someone enrolled afterwards receives a catch-up digest")
    void lateJoinerCatchesUp() {
        fixture.acme().programs().define(EngineFixture.definition().build());
        fixture.acme().programs().openEnrolment(SPRING);
        reachable("mentor-1");
        reachable("mentee-1");
        fixture.acme().participants().enrol(SPRING, Role.MENTOR, List.of(PersonId.of("mentor-1")));
        fixture.acme().participants().enrol(SPRING, Role.MENTEE, List.of(PersonId.of("mentee-1")));
        fixture.acme().pairs().form(SPRING, PersonId.of("mentor-1"), PersonId.of("mentee-1"));
        fixture.acme().programs().markReady(SPRING);
        fixture.clock.set(EngineFixture.KICK_OFF.atTime(9, 0).atZone(EngineFixture.PARIS).toInstant());
        fixture.acme().programs().start(SPRING);

        fixture.acme().communication().broadcasts().publish(new Broadcast(BroadcastId.of("welcome"), SPRING,
                Audience.BOTH, "announcement",
                Map.of(Locale.FRENCH, MessageContent.of("Bienvenue", "Le programme commence."))));
        assertThat(messagesTo("mentee-1")).hasSize(1);
        assertThat(messagesTo("late-mentee")).isEmpty();

        fixture.clock.advance(Duration.ofDays(10));
        reachable("late-mentee");
        fixture.acme().participants().enrol(SPRING, Role.MENTEE, List.of(PersonId.of("late-mentee")));

        assertThat(messagesTo("late-mentee")).singleElement()
                .satisfies(e -> assertThat(e.message().content().title()).isNotBlank());
        fixture.acme().communication().broadcasts().catchUpAll(SPRING);
        assertThat(messagesTo("late-mentee")).as("catching up again sends nothing more").hasSize(1);
    }
}
