package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.PARIS;
import static io.elan.mentoring.core.EngineFixture.SPRING;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.spi.messaging.Channel;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A running program of the engine fixture whose people all have an e-mail address, with the calendar's mid-point
 * workshop on Tuesday 15 June 2027 and a monthly message to each community on the first Tuesday of May and June.
 * The mid-point questionnaire is open from Tuesday 1 June, 9:00, to Sunday 13 June, 18:00 (Paris).
 */
final class TimerFixture {
    static final String WAVE = "workshop-questionnaire";
    static final Instant WAVE_OPENS = at(LocalDate.of(2027, 6, 1), 9, 0);
    static final Instant WAVE_CLOSES = at(LocalDate.of(2027, 6, 13), 18, 0);

    final EngineFixture engine;
    final List<Pair> pairs = new ArrayList<>();

    TimerFixture(int pairCount) {
        this(pairCount, builder -> { });
    }

    TimerFixture(int pairCount, Consumer<Elan.Builder> customize) {
        this(pairCount, new InMemoryMessageGateway(Channel.EMAIL), customize);
    }

    TimerFixture(int pairCount, MessageGateway gateway, Consumer<Elan.Builder> customize) {
        engine = new EngineFixture(null, gateway, customize);
        TenantScope acme = engine.acme();
        acme.programs().define(EngineFixture.definition().build());
        acme.programs().openEnrolment(SPRING);
        for (int i = 1; i <= pairCount; i++) {
            reachable("mentor-" + i, Locale.FRENCH);
            reachable("mentee-" + i, Locale.ENGLISH);
            acme.enrolment().enrol(SPRING, Role.MENTOR, List.of(PersonId.of("mentor-" + i)));
            acme.enrolment().enrol(SPRING, Role.MENTEE, List.of(PersonId.of("mentee-" + i)));
            pairs.add(acme.pairs().form(SPRING, PersonId.of("mentor-" + i), PersonId.of("mentee-" + i)));
        }
        acme.programs().markReady(SPRING);
        touchpoint("workshop", Format.MID_POINT_WORKSHOP, "Atelier de mi-parcours",
                at(LocalDate.of(2027, 6, 15), 14, 0), Duration.ofHours(3), Audience.BOTH);
        for (LocalDate tuesday : List.of(LocalDate.of(2027, 5, 4), LocalDate.of(2027, 6, 1))) {
            touchpoint("message-mentors-" + tuesday, Format.MONTHLY_MESSAGE, "Donner du feedback",
                    at(tuesday, 9, 0), Duration.ZERO, Audience.MENTORS);
            touchpoint("message-mentees-" + tuesday, Format.MONTHLY_MESSAGE, "Recevoir du feedback",
                    at(tuesday, 9, 0), Duration.ZERO, Audience.MENTEES);
        }
        engine.clock.set(at(EngineFixture.KICK_OFF, 8, 0));
        acme.programs().start(SPRING);
    }

    /** Stands for the program's calendar: the engine reads touchpoints from the store. */
    private void touchpoint(String id, Format format, String theme, Instant start, Duration duration,
            Audience audience) {
        engine.store.saveTouchpoint(ACME, Touchpoint.builder().id(TouchpointId.of(id)).program(SPRING).format(format)
                .theme(theme).start(start).duration(duration).audience(audience).build());
    }

    void reachable(String id, Locale locale) {
        engine.people.put(ACME, Person.of(PersonId.of(id), "Person " + id).toBuilder().email(id + "@acme.example")
                .locale(locale).zone(PARIS).build());
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(PARIS).toInstant();
    }

    /** Moves the clock and makes the timer call. */
    io.elan.mentoring.core.timer.DueWorkSummary runAt(Instant instant) {
        engine.clock.set(instant);
        return engine.elan.runDue();
    }

    List<OutboxEntry> messages(String kind) {
        try (Stream<OutboxEntry> entries = engine.stores.outbox().entries(ACME, SPRING)) {
            return entries.filter(e -> e.message().kind().equals(kind)).toList();
        }
    }

    List<String> recipients(String kind) {
        return messages(kind).stream().map(e -> e.message().recipient().value()).sorted().toList();
    }

    /** The token a respondent reads from the link of their invitation. */
    ResponseToken token(String person) {
        OutboxEntry invitation = messages("survey-invitation").stream()
                .filter(e -> e.message().recipient().value().equals(person)).findFirst().orElseThrow();
        URI link = invitation.message().content().callToAction().url();
        return ResponseToken.of(link.getPath().substring(link.getPath().lastIndexOf('/') + 1));
    }
}
