package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.PARIS;
import static io.elan.mentoring.core.EngineFixture.SPRING;

import io.elan.mentoring.core.calendar.ScheduledWave;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.survey.ResponseToken;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A running program of the engine fixture whose people all have an e-mail address, with its calendar planned from the
 * definition's ten-month preset: monthly messages to each community on the first Tuesday of each month at 9:00 (4 May
 * and 1 June 2027 among them), the mid-point workshop on Monday 14 June 2027 at 14:00, and the mid-point questionnaire
 * open from Monday 31 May, 9:00, to Friday 11 June, 18:00 (Paris).
 */
final class TimerFixture {
    static final String WAVE = "mid-point-questionnaire";
    static final Instant WAVE_OPENS = at(LocalDate.of(2027, 5, 31), 9, 0);
    static final Instant WAVE_CLOSES = at(LocalDate.of(2027, 6, 11), 18, 0);
    static final Instant MAY_MESSAGE = at(LocalDate.of(2027, 5, 4), 9, 0);
    static final Instant JUNE_MESSAGE = at(LocalDate.of(2027, 6, 1), 9, 0);

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
            acme.participants().enrol(SPRING, Role.MENTOR, List.of(PersonId.of("mentor-" + i)));
            acme.participants().enrol(SPRING, Role.MENTEE, List.of(PersonId.of("mentee-" + i)));
            pairs.add(acme.pairs().form(SPRING, PersonId.of("mentor-" + i), PersonId.of("mentee-" + i)));
        }
        acme.programs().markReady(SPRING);
        ProgramCalendar calendar = acme.calendar().plan(SPRING).calendar();
        List<Instant> messages = calendar.touchpoints().stream().filter(t -> t.format() == Format.MONTHLY_MESSAGE)
                .map(t -> t.start().toInstant()).toList();
        if (!messages.containsAll(List.of(MAY_MESSAGE, JUNE_MESSAGE))
                || !acme.calendar().questionnaireWaves(SPRING).equals(List.of(new ScheduledWave(WAVE, "mid-point",
                        TouchpointId.of("mid-point"), WAVE_OPENS, WAVE_CLOSES)))) {
            throw new IllegalStateException("the preset no longer plans what these tests expect: " + calendar);
        }
        engine.clock.set(at(EngineFixture.KICK_OFF, 8, 0));
        acme.programs().start(SPRING);
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
