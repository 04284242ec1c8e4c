package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.communication.broadcast.Notice;
import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.hotline.Hotline;
import io.elan.mentoring.core.hotline.OverdueAlerts;
import io.elan.mentoring.core.hotline.OverdueHotlineRequest;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Role;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The hotline's messages, through the engine with an advancing clock: the answer reaches the person who asked, in
 * their language and sending hours, and an overdue request alerts the program team once.
 */
class HotlineMessagesTest {

    private static final PersonId TEAM = id("equipe-mentorat");
    private static final PersonId COACH = id("coach");
    private static final PersonId LEA = id("lea");
    private static final PersonId MARIE = id("marie");
    private static final HotlineRequestId TICKET = HotlineRequestId.of("ticket-7");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final EngineFixture fixture = new EngineFixture(builder -> builder
            .engagementSettings(EngagementSettings.builder().programManager(TEAM).build()));
    private final Hotline hotline = fixture.acme().hotline();

    @BeforeEach
    void program() {
        fixture.people.put(ACME, person(MARIE, "Marie Dupont", Locale.FRENCH, EngineFixture.PARIS))
                .put(ACME, person(LEA, "Lea Martin", Locale.ENGLISH, NEW_YORK))
                .put(ACME, person(TEAM, "Équipe mentorat", Locale.FRENCH, EngineFixture.PARIS))
                .put(ACME, person(COACH, "Sam Coach", Locale.ENGLISH, EngineFixture.PARIS));
        fixture.acme().programs().define(EngineFixture.definition().build());
        fixture.acme().programs().openEnrolment(SPRING);
        fixture.acme().participants().enrol(SPRING, Role.MENTOR, List.of(MARIE));
        fixture.acme().participants().enrol(SPRING, Role.MENTEE, List.of(LEA));
    }

    private static Person person(PersonId id, String name, Locale locale, ZoneId zone) {
        return Person.of(id, name).toBuilder().email(id.value() + "@acme.example").locale(locale).zone(zone).build();
    }

    /** The host's timer at one instant: the hotline's due job, then the outbox. */
    private List<OutgoingMessage> timer(String instant) {
        Instant now = Instant.parse(instant);
        fixture.clock.set(now);
        int before = fixture.gateway.delivered().size();
        hotline.alertOverdue(now);
        fixture.clock.set(now);
        fixture.elan.runDue(ACME);
        List<OutgoingMessage> delivered = fixture.gateway.delivered();
        return List.copyOf(delivered.subList(before, delivered.size()));
    }

    private List<OutboxEntry> outboxOf(String kind) {
        try (Stream<OutboxEntry> entries = fixture.outbox.entries(ACME, SPRING)) {
            return entries.filter(e -> e.message().kind().equals(kind)).toList();
        }
    }

    @Test
    @DisplayName("the answer reaches the person who asked, in their language, inside their own sending hours")
    void answerReachesTheAsker() {
        fixture.clock.set(Instant.parse("2027-01-08T15:00:00Z"));
        hotline.raise(SPRING, TICKET, LEA, HotlineTopic.QUESTION, "How often should we meet?", "");
        fixture.clock.set(Instant.parse("2027-01-08T23:30:00Z"));

        hotline.answer(SPRING, TICKET, "Every two to three weeks suits most pairs.");

        assertThat(outboxOf(Hotline.ANSWER_KIND)).singleElement().satisfies(e -> assertThat(e.message().notBefore())
                .as("Friday 18:30 in New York is after hours: Monday 9:00 there")
                .isEqualTo(Instant.parse("2027-01-11T14:00:00Z")));
        assertThat(timer("2027-01-09T00:00:00Z")).isEmpty();
        assertThat(timer("2027-01-11T13:59:00Z")).isEmpty();
        assertThat(timer("2027-01-11T14:00:00Z")).singleElement().satisfies(message -> {
            assertThat(message.recipient()).isEqualTo(LEA);
            assertThat(message.kind()).isEqualTo(Hotline.ANSWER_KIND);
            assertThat(message.locale()).isEqualTo(Locale.ENGLISH);
            assertThat(message.content().title()).isEqualTo("Answer to your request: How often should we meet?");
            assertThat(message.content().paragraphs()).containsExactly(
                    "The program team answered the request you sent on January 8, 2027:",
                    "Every two to three weeks suits most pairs.",
                    "Another question? The hotline stays open until the program closes.");
        });
    }

    @Test
    @DisplayName("answering again with the same answer queues nothing new; another answer is refused")
    void answerOnce() {
        fixture.clock.set(Instant.parse("2027-01-05T09:00:00Z"));
        hotline.raise(SPRING, TICKET, MARIE, HotlineTopic.DIFFICULTY, "Pas de créneau", "Nous n'y arrivons pas.");
        hotline.answer(SPRING, TICKET, "Essayez un créneau fixe le jeudi midi.");
        hotline.close(SPRING, TICKET);

        assertThat(hotline.answer(SPRING, TICKET, "Essayez un créneau fixe le jeudi midi.").status())
                .hasToString("CLOSED");
        assertThatThrownBy(() -> hotline.answer(SPRING, TICKET, "Autre chose"))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage("hotline request ticket-7: cannot make a request that is CLOSED ANSWERED");
        assertThat(outboxOf(Hotline.ANSWER_KIND)).singleElement().satisfies(e -> {
            assertThat(e.message().locale()).isEqualTo(Locale.FRENCH);
            assertThat(e.message().content().title()).isEqualTo("Réponse à votre demande\u00a0: Pas de créneau");
            assertThat(e.message().content().paragraphs().get(0))
                    .isEqualTo("L’équipe du programme a répondu à la demande que vous avez envoyée le 5 janvier"
                            + " 2027\u00a0:");
        });
    }

    @Test
    @DisplayName("an asker who opted out of hotline answers is not sent one, and the log says why")
    void optedOut() throws Exception {
        Participant marie = fixture.store.findParticipant(ACME, SPRING, MARIE).orElseThrow();
        fixture.store.saveParticipant(ACME, marie.toBuilder().optOuts(Set.of(Hotline.ANSWER_KIND)).build());
        fixture.clock.set(Instant.parse("2027-01-05T09:00:00Z"));
        hotline.raise(SPRING, TICKET, MARIE, HotlineTopic.QUESTION, "Durée", "");

        CapturedLog.Result<?> answered = CapturedLog.during(() -> hotline.answer(SPRING, TICKET,
                "Une heure suffit."));

        assertThat(answered.lines()).singleElement().asString().contains("The answer to hotline request ticket-7"
                + " of program spring-2027 in tenant acme cannot be sent to marie: opted out of hotline-answer");
        assertThat(outboxOf(Hotline.ANSWER_KIND)).isEmpty();
    }

    @Test
    @DisplayName("an overdue request alerts the program manager and its assignee once, when they can read it")
    void overdueAlertsTheTeamOnce() throws Exception {
        fixture.clock.set(Instant.parse("2027-01-11T09:00:00Z"));
        hotline.raise(SPRING, TICKET, MARIE, HotlineTopic.QUESTION, "Fréquence des rencontres",
                "Combien de fois faut-il se voir ?");
        hotline.assign(SPRING, TICKET, COACH);

        assertThat(hotline.alertOverdue(Instant.parse("2027-01-13T09:00:00Z")).overdue())
                .as("due two working days later, at the same time").isEmpty();
        OverdueAlerts evening = hotline.alertOverdue(Instant.parse("2027-01-13T19:30:00Z"));
        assertThat(evening.overdue()).extracting(o -> o.request().id()).containsExactly(TICKET);
        assertThat(evening.alerts()).as("20:30 in Paris: nobody reads it before the morning").isEmpty();

        List<OutgoingMessage> morning = timer("2027-01-14T08:00:00Z");

        assertThat(morning).extracting(OutgoingMessage::recipient).containsExactlyInAnyOrder(TEAM, COACH);
        OutgoingMessage french = morning.stream().filter(m -> m.recipient().equals(TEAM)).findFirst().orElseThrow();
        assertThat(french.kind()).isEqualTo(Hotline.ALERT_KIND);
        assertThat(french.content().title())
                .isEqualTo("Demande à la hotline en attente de réponse\u00a0: Fréquence des rencontres");
        assertThat(french.content().paragraphs()).containsExactly(
                "Marie Dupont a envoyé cette question le 11 janvier 2027. La réponse était attendue le 13 janvier"
                        + " 2027, 2 jours ouvrés plus tard, et elle attend toujours.",
                "Sa demande\u00a0: Combien de fois faut-il se voir ?",
                "Elle est confiée à Sam Coach.",
                "Répondez-y depuis la hotline, ou confiez-la à quelqu’un qui le peut.");
        OutgoingMessage english = morning.stream().filter(m -> m.recipient().equals(COACH)).findFirst()
                .orElseThrow();
        assertThat(english.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(english.content().paragraphs().get(0)).isEqualTo("Marie Dupont raised this question on January"
                + " 11, 2027. The answer was due by January 13, 2027, 2 working days later, and it is still waiting.");

        // The timer runs again, on several nodes at once: each recipient is still alerted once.
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        List<Callable<OverdueAlerts>> calls = new ArrayList<>();
        for (int node = 0; node < 8; node++) {
            calls.add(() -> hotline.alertOverdue(Instant.parse("2027-01-14T08:05:00Z")));
        }
        try {
            for (Future<OverdueAlerts> run : nodes.invokeAll(calls)) {
                assertThat(run.get().newlyQueued()).isZero();
                assertThat(run.get().alerts()).extracting(Notice::status)
                        .containsOnly(Notice.Status.ALREADY_QUEUED);
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(outboxOf(Hotline.ALERT_KIND)).hasSize(2);

        fixture.clock.set(Instant.parse("2027-01-14T09:00:00Z"));
        hotline.answer(SPRING, TICKET, "Toutes les deux à trois semaines.");
        assertThat(hotline.alertOverdue(Instant.parse("2027-01-15T09:00:00Z")).overdue()).isEmpty();
    }

    @Test
    @DisplayName("a request answered before the team's morning raises no alert, though it was overdue at night")
    void answeredBeforeTheMorning() {
        fixture.clock.set(Instant.parse("2027-01-11T17:30:00Z"));
        hotline.raise(SPRING, TICKET, MARIE, HotlineTopic.QUESTION, "Durée d'une séance", "");
        hotline.alertOverdue(Instant.parse("2027-01-13T18:00:00Z"));
        hotline.alertOverdue(Instant.parse("2027-01-14T05:00:00Z"));
        fixture.clock.set(Instant.parse("2027-01-14T07:30:00Z"));
        hotline.answer(SPRING, TICKET, "Une heure environ.");

        timer("2027-01-14T08:00:00Z");

        assertThat(outboxOf(Hotline.ALERT_KIND)).isEmpty();
        assertThat(fixture.gateway.delivered()).extracting(OutgoingMessage::kind)
                .containsExactly(Hotline.ANSWER_KIND);
    }

    @Test
    @DisplayName("without a program manager, an overdue request nobody is assigned to is reported as unalerted")
    void nobodyToAlert() {
        EngineFixture alone = new EngineFixture();
        alone.enrollingProgramWithPairs(1);
        alone.clock.set(Instant.parse("2027-01-05T09:00:00Z"));
        alone.acme().hotline().raise(SPRING, TICKET, id("mentee-1"), HotlineTopic.DIFFICULTY, "Silence", "");

        OverdueAlerts alerts = alone.acme().hotline().alertOverdue(Instant.parse("2027-01-08T09:00:00Z"));

        assertThat(alerts.alerts()).isEmpty();
        assertThat(alerts.unalerted()).extracting(OverdueHotlineRequest::answerDueBy)
                .containsExactly(Instant.parse("2027-01-07T09:00:00Z"));
    }
}
