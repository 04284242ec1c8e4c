package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.TimerFixture.JUNE_MESSAGE;
import static io.elan.mentoring.core.TimerFixture.MAY_MESSAGE;
import static io.elan.mentoring.core.TimerFixture.WAVE_OPENS;
import static io.elan.mentoring.core.TimerFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.communication.monthly.MonthlyContribution;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.timer.DueWorkSettings;
import io.elan.mentoring.core.timer.DueWorkSummary;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("one timer call does everything due at the clock's instant, once, within its budget")
class TimerCallTest {

    @RegisterExtension
    final CapturedLog log = new CapturedLog();


    @Test
    @DisplayName("a monthly message goes to its community when it comes, once, in each member's language")
    void monthlyMessages() {
        TimerFixture program = new TimerFixture(2);
        program.runAt(MAY_MESSAGE.minusSeconds(1));
        assertThat(program.messages("monthly-message")).isEmpty();

        DueWorkSummary may = program.runAt(MAY_MESSAGE);
        DueWorkSummary again = program.runAt(MAY_MESSAGE.plus(Duration.ofMinutes(1)));

        assertThat(may.queued().monthlyMessages()).isEqualTo(4);
        assertThat(again.queued().monthlyMessages()).isZero();
        Map<String, OutgoingMessage> byPerson = program.messages("monthly-message").stream()
                .map(OutboxEntry::message)
                .collect(Collectors.toMap(m -> m.recipient().value(), Function.identity()));
        assertThat(byPerson.get("mentor-1").content().title())
                .isEqualTo("Ce mois-ci\u00a0: Partager son expérience sans donner de leçon");
        assertThat(byPerson.get("mentee-1").content().title()).isEqualTo("This month: Setting reachable goals");
        assertThat(byPerson.get("mentee-1").content().paragraphs()).first().isEqualTo("This month’s theme is"
                + " “Setting reachable goals”. Take a moment at your next pair meeting to talk it over.");
    }

    @Test
    @DisplayName("the monthly message before a questionnaire opens announces it, with its dates, and the next does not")
    void monthlyMessageAnnouncesTheWave() {
        TimerFixture program = new TimerFixture(1);
        program.runAt(MAY_MESSAGE);
        Map<String, OutgoingMessage> byPerson = program.messages("monthly-message").stream()
                .map(OutboxEntry::message)
                .collect(Collectors.toMap(m -> m.recipient().value(), Function.identity()));
        assertThat(byPerson.get("mentor-1").content().paragraphs()).contains("Questionnaire de mi-parcours\u00a0: ouvert"
                + " du 31 mai 2027 au 11 juin 2027. Chacun recevra à l’ouverture son lien personnel pour répondre,"
                + " anonymement.");
        assertThat(byPerson.get("mentee-1").content().paragraphs()).contains("Mid-point questionnaire: open from"
                + " May 31, 2027 to June 11, 2027. When it opens, everyone will receive a personal link to answer"
                + " anonymously.");

        program.runAt(JUNE_MESSAGE);
        assertThat(program.messages("monthly-message")).hasSize(4)
                .filteredOn(e -> e.message().content().title().contains("Tenir un carnet de progrès")
                        || e.message().content().title().contains("Keeping a progress journal"))
                .singleElement().satisfies(e -> assertThat(e.message().content().paragraphs())
                        .noneMatch(paragraph -> paragraph.contains("questionnaire")));
    }

    @Test
    @DisplayName("the team's own words replace Élan's, and the announcement is added to them")
    void teamContribution() {
        TimerFixture program = new TimerFixture(1, builder -> builder.monthlyContributions(
                (tenant, p, message, community) -> Optional.of(MonthlyContribution.builder().program(p.id())
                        .month(YearMonth.from(message.start().withZoneSameInstant(p.zone()))).community(community)
                        .version(Locale.FRENCH, MessageContent.of("Le mot de l’équipe", "Bonjour à tous."))
                        .build())));
        program.runAt(MAY_MESSAGE);
        assertThat(program.messages("monthly-message")).hasSize(2).allSatisfy(e -> {
            assertThat(e.message().content().title()).isEqualTo("Le mot de l’équipe");
            assertThat(e.message().content().paragraphs()).first().isEqualTo("Bonjour à tous.");
            assertThat(e.message().content().paragraphs()).anyMatch(p -> p.startsWith("Questionnaire de mi-parcours"));
        });
    }

    @Test
    @DisplayName("a step that fails is reported and logged; the other steps and programs go on, and the next call"
            + " tries it again")
    void failingStepIsIsolated() {
        boolean[] fail = {true};
        TimerFixture program = new TimerFixture(1, builder -> builder.monthlyContributions(
                (tenant, p, message, community) -> {
                    if (fail[0]) {
                        throw new IllegalStateException("the team's content service is down");
                    }
                    return Optional.empty();
                }));
        DueWorkSummary failing = program.runAt(JUNE_MESSAGE);

        assertThat(failing.failures()).hasSize(1).first().satisfies(f -> {
            assertThat(f.program()).isEqualTo(SPRING);
            assertThat(f.step()).isEqualTo("monthly messages");
            assertThat(f.reason()).isEqualTo("IllegalStateException: the team's content service is down");
        });
        assertThat(failing.queued().surveyInvitations()).as("the survey wave still opened").isEqualTo(2);
        assertThat(failing.delivery().delivered()).as("what the other steps queued was still delivered")
                .isEqualTo(failing.queued().total());
        assertThat(log.lines("WARN")).singleElement().asString()
                .contains("acme/spring-2027 monthly messages: IllegalStateException");

        fail[0] = false;
        DueWorkSummary next = program.runAt(JUNE_MESSAGE.plusSeconds(60));
        assertThat(next.failures()).isEmpty();
        assertThat(next.queued().monthlyMessages()).isEqualTo(2);
    }

    @Test
    @DisplayName("a call spends at most its budget, says so, and the next calls do the rest; a step it started, it"
            + " finishes")
    void budgetBoundsEachCall() {
        TimerFixture program = new TimerFixture(3, builder -> builder.dueWork(
                new DueWorkSettings(4, 50, LocalTime.of(7, 0))));
        List<DueWorkSummary> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(program.runAt(WAVE_OPENS.plusSeconds(i)));
        }
        assertThat(calls).extracting(c -> c.queued().surveyInvitations()).containsExactly(4, 2, 0);
        assertThat(calls).extracting(DueWorkSummary::budgetSpent).containsExactly(true, false, false);
        // A step that started is finished: the June messages (3 mentors, 3 mentees) overdraw what the call has left.
        program.runAt(JUNE_MESSAGE);
        assertThat(program.messages("monthly-message")).hasSize(6);
        assertThat(program.recipients("survey-invitation")).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("each program is assessed once a week, from 07:00 on the week's first day")
    void weeklyAssessment() {
        TimerFixture program = new TimerFixture(2);
        LocalDate weekTwo = EngineFixture.KICK_OFF.plusWeeks(2);
        assertThat(program.runAt(at(weekTwo, 6, 59)).programsAssessed()).as("week one's assessment").isEqualTo(1);
        assertThat(program.runAt(at(weekTwo, 6, 59).plusSeconds(1)).programsAssessed()).isZero();
        assertThat(program.runAt(at(weekTwo, 7, 0)).programsAssessed()).isEqualTo(1);
        assertThat(program.runAt(at(weekTwo.plusDays(3), 12, 0)).programsAssessed()).isZero();
    }

    @Test
    @DisplayName("two nodes calling at the same instants write each message once, with one token per person")
    void twoNodesAtOnce() throws Exception {
        TimerFixture program = new TimerFixture(5);
        InMemoryMessageGateway secondGateway = new InMemoryMessageGateway(Channel.EMAIL);
        Elan second = program.engine.anotherNode(secondGateway);
        List<Instant> instants = new ArrayList<>();
        for (Instant at = MAY_MESSAGE.minus(Duration.ofDays(2)); at.isBefore(TimerFixture.WAVE_CLOSES.plus(
                Duration.ofDays(3))); at = at.plus(Duration.ofHours(3))) {
            instants.add(at);
        }
        CyclicBarrier together = new CyclicBarrier(2, () -> program.engine.clock.set(instants.remove(0)));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        int steps = instants.size();
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Elan node : List.of(program.engine.elan, second)) {
                runs.add(nodes.submit(() -> {
                    int failures = 0;
                    for (int i = 0; i < steps; i++) {
                        together.await();
                        failures += node.runDue().failures().size();
                    }
                    return failures;
                }));
            }
            for (Future<Integer> run : runs) {
                assertThat(run.get()).as("no step failed on either node").isZero();
            }
        } finally {
            nodes.shutdownNow();
        }
        for (String kind : List.of("monthly-message", "survey-invitation", "survey-reminder")) {
            assertThat(program.messages(kind)).as(kind).isNotEmpty()
                    .extracting(e -> e.message().idempotencyKey()).doesNotHaveDuplicates();
        }
        assertThat(program.recipients("survey-invitation")).hasSize(10).doesNotHaveDuplicates();
        assertThat(program.recipients("monthly-message")).as("two months, each member once a month").hasSize(20);
        assertThat(program.engine.stores.tokenRegistry().invitations(ACME, SPRING, TimerFixture.WAVE)).hasSize(10);
    }

    @Test
    @DisplayName("runDue() serves every tenant of the store; runDue(tenant) serves one")
    void everyTenant() {
        TimerFixture program = new TimerFixture(1);
        TenantId other = TenantId.of("globex");
        program.engine.elan.tenant(other).programs().define(EngineFixture.definition().build());
        program.engine.clock.set(WAVE_OPENS);
        assertThat(program.engine.elan.runDue(other).tenants()).isEqualTo(1);
        assertThat(program.engine.elan.runDue(other).queued().total()).isZero();
        DueWorkSummary all = program.engine.elan.runDue();
        assertThat(all.tenants()).isEqualTo(2);
        assertThat(all.programs()).as("only the running program is worked on").isEqualTo(1);
        assertThat(all.queued().surveyInvitations()).isEqualTo(2);
    }
}
