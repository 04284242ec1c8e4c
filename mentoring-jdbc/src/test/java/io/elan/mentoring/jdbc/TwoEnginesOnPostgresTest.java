package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.Elan;
import io.elan.mentoring.core.TenantScope;
import io.elan.mentoring.core.activity.PairActivity;
import io.elan.mentoring.core.calendar.QuestionnaireWave;
import io.elan.mentoring.core.engagement.Finding;
import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.core.survey.SurveyForm;
import io.elan.mentoring.core.survey.SurveyLinks;
import io.elan.mentoring.core.timer.DueWorkSummary;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.tck.KitFixtures;
import io.elan.mentoring.survey.collection.InMemoryWaveSecrets;
import io.elan.mentoring.survey.questionnaire.Item;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one PostgreSQL database run the same ten-month program by calling the engine's timer call
 * at the same instants, concurrently; a single node runs it again in another tenant. The two nodes send each message
 * once, invite each person once, and come to the findings the single node comes to.
 */
@DisplayName("two engines on one PostgreSQL database, calling the timer at once for ten months")
class TwoEnginesOnPostgresTest {

    private static final ProgramId PROGRAM = ProgramId.of("spring-2027");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate KICK_OFF = LocalDate.of(2027, 1, 11);
    private static final int PAIRS = 8;
    /** The host's timer, here at a few hours of each day; a host calls it every minute. */
    private static final List<LocalTime> TICKS = List.of(LocalTime.of(7, 0), LocalTime.of(9, 0), LocalTime.of(12, 0),
            LocalTime.of(15, 0), LocalTime.of(17, 30));

    /** A clock both nodes read and the test moves. Thread-safe. */
    private static final class SharedClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>();

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }
    }

    /** What reached the far side of the gateways, by idempotency key, whichever node sent it. */
    private static final class FarSide {
        final Map<String, List<OutgoingMessage>> byKey = new ConcurrentHashMap<>();
        final List<OutgoingMessage> inOrder = new CopyOnWriteArrayList<>();

        MessageGateway gateway() {
            return new MessageGateway() {
                @Override
                public boolean supports(Channel channel) {
                    return Channel.EMAIL.equals(channel);
                }

                @Override
                public SendResult send(OutgoingMessage message) {
                    byKey.computeIfAbsent(message.idempotencyKey(), k -> new CopyOnWriteArrayList<>()).add(message);
                    inOrder.add(message);
                    return SendResult.delivered();
                }
            };
        }

        /** @return how many messages of each kind each person got */
        Map<String, Long> perKindAndRecipient() {
            return inOrder.stream().collect(Collectors.groupingBy(
                    m -> m.kind() + " → " + m.recipient().value(), TreeMap::new, Collectors.counting()));
        }
    }

    /** One run: its tenant, its nodes, what reached the far side, and the findings at the end. */
    private record Run(TenantId tenant, FarSide farSide, List<DueWorkSummary> summaries,
            ProgramAssessment assessment) {}

    @Test
    @DisplayName("each message is sent once by key, each person invited once, and the findings are a single node's")
    void sameAsOneNode() throws Exception {
        JdbcStores first = TestDatabases.postgres();
        Run single = run(List.of(first));
        JdbcConnectionPool secondPool = TestDatabases.secondNodePool(JdbcDialect.POSTGRESQL);
        Run twoNodes;
        try {
            twoNodes = run(List.of(first, JdbcStores.builder().dataSource(secondPool)
                    .dialect(JdbcDialect.POSTGRESQL).build()));
        } finally {
            secondPool.dispose();
        }

        assertThat(twoNodes.farSide().byKey).as("every key reached the far side exactly once").isNotEmpty()
                .allSatisfy((key, sent) -> assertThat(sent).as(key).hasSize(1));
        Map<String, Long> invitations = twoNodes.farSide().inOrder.stream()
                .filter(m -> m.kind().equals("survey-invitation"))
                .collect(Collectors.groupingBy(m -> m.recipient().value(), Collectors.counting()));
        assertThat(invitations).as("each person invited once").hasSize(2 * PAIRS)
                .allSatisfy((person, count) -> assertThat(count).isOne());
        assertThat(twoNodes.farSide().perKindAndRecipient()).as("the same messages as one node, kind by kind")
                .isEqualTo(single.farSide().perKindAndRecipient())
                .containsKeys("monthly-message → mentor-1", "survey-reminder → mentee-8", "nudge → mentor-8");
        assertThat(findings(twoNodes.assessment())).as("the same findings as one node")
                .isEqualTo(findings(single.assessment())).isNotEmpty();
        assertThat(twoNodes.summaries()).allSatisfy(summary -> assertThat(summary.failures()).isEmpty());
    }

    private static List<String> findings(ProgramAssessment assessment) {
        List<String> all = new ArrayList<>();
        assessment.pairs().forEach(p -> {
            all.add(p.pair().value() + " " + p.status());
            p.findings().forEach(f -> all.add("  " + describe(f)));
        });
        assessment.programFindings().forEach(f -> all.add(describe(f)));
        return all;
    }

    private static String describe(Finding f) {
        return f.subject() + " week " + f.week() + " observed " + f.observed() + " reference " + f.reference();
    }

    /**
     * Runs the program with one engine per store given, every engine calling the timer at each instant, at once.
     */
    private static Run run(List<JdbcStores> nodes) throws Exception {
        TenantId tenant = KitFixtures.freshTenant();
        SharedClock clock = new SharedClock();
        clock.now.set(KICK_OFF.minusWeeks(1).atTime(9, 0).atZone(PARIS).toInstant());
        InMemoryPeopleDirectory directory = new InMemoryPeopleDirectory();
        InMemoryWaveSecrets secrets = new InMemoryWaveSecrets();
        FarSide farSide = new FarSide();
        List<Elan> engines = new ArrayList<>();
        for (JdbcStores stores : nodes) {
            engines.add(Elan.builder().stores(stores).waveSecrets(secrets)
                    .surveyLinks(SurveyLinks.template("https://hr.example/surveys/{wave}?token={token}"))
                    .messageGateway(farSide.gateway()).peopleDirectory(directory).clock(clock).build());
        }
        List<PersonId> people = new ArrayList<>();
        for (int i = 1; i <= PAIRS; i++) {
            for (String role : List.of("mentor-", "mentee-")) {
                PersonId id = PersonId.of(role + i);
                people.add(id);
                directory.put(tenant, Person.of(id, "Person " + id.value()).toBuilder().email(id.value()
                        + "@acme.example").locale(Locale.FRENCH).zone(PARIS).build());
            }
        }
        TenantScope host = engines.get(0).tenant(tenant);
        host.programs().define(ProgramDefinition.builder().id(PROGRAM).name("Mentorat printemps 2027")
                .kickOff(KICK_OFF).zone(PARIS).locale(Locale.FRENCH).questionnaires(QuestionnaireWave.midPoint())
                .build());
        host.programs().openEnrolment(PROGRAM);
        host.participants().enrol(PROGRAM, Role.MENTOR, people.stream().filter(p -> p.value().startsWith("mentor"))
                .toList());
        host.participants().enrol(PROGRAM, Role.MENTEE, people.stream().filter(p -> p.value().startsWith("mentee"))
                .toList());
        List<Pair> pairs = new ArrayList<>();
        for (int i = 1; i <= PAIRS; i++) {
            pairs.add(host.pairs().form(PROGRAM, PersonId.of("mentor-" + i), PersonId.of("mentee-" + i)));
        }
        host.programs().markReady(PROGRAM);
        host.calendar().plan(PROGRAM);

        List<DueWorkSummary> summaries = new CopyOnWriteArrayList<>();
        Set<String> answered = new HashSet<>();
        ExecutorService threads = Executors.newFixedThreadPool(engines.size());
        CyclicBarrier together = new CyclicBarrier(engines.size());
        LocalDate closing = KICK_OFF.plusMonths(10);
        try {
            for (LocalDate day = KICK_OFF; !day.isAfter(closing); day = day.plusDays(1)) {
                for (LocalTime time : TICKS) {
                    Instant now = day.atTime(time).atZone(PARIS).toInstant();
                    clock.now.set(now);
                    int week = (int) (ChronoUnit.DAYS.between(KICK_OFF, day) / 7);
                    TenantScope reporter = engines.get(week % engines.size()).tenant(tenant);
                    happenings(reporter, pairs, day, time, week, now);
                    List<Future<DueWorkSummary>> calls = new ArrayList<>();
                    for (Elan engine : engines) {
                        calls.add(threads.submit(() -> {
                            together.await(60, TimeUnit.SECONDS);
                            return engine.runDue(tenant);
                        }));
                    }
                    for (Future<DueWorkSummary> call : calls) {
                        summaries.add(call.get(60, TimeUnit.SECONDS));
                    }
                    respond(engines.get(engines.size() - 1).tenant(tenant), farSide, answered);
                }
            }
        } finally {
            threads.shutdownNow();
        }
        for (Elan engine : engines) {
            engine.tenant(tenant).engagement().recount(PROGRAM);
        }
        ProgramAssessment assessment = engines.get(0).tenant(tenant).engagement().assess(PROGRAM, closing);
        for (Elan engine : engines) {
            assertThat(engine.tenant(tenant).engagement().assess(PROGRAM, closing)).as("every node finds the same")
                    .isEqualTo(assessment);
        }
        return new Run(tenant, farSide, summaries, assessment);
    }

    /** What the host reports: the start, and each Wednesday at noon the meetings of pairs 1 to 6 (7 and 8 stop). */
    private static void happenings(TenantScope host, List<Pair> pairs, LocalDate day, LocalTime time, int week,
            Instant now) {
        if (day.equals(KICK_OFF) && time.equals(TICKS.get(0))) {
            host.programs().start(PROGRAM);
        }
        if (day.getDayOfWeek() == DayOfWeek.WEDNESDAY && time.equals(LocalTime.NOON)) {
            List<PairActivity> meetings = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (i < 6 || week < 6) {
                    meetings.add(PairActivity.meeting(pairs.get(i).id(), now));
                }
            }
            host.activity().reportPairActivity(PROGRAM, meetings);
        }
    }

    /** Everyone but the people of pair 8 answers from the link of their invitation, as soon as it arrives. */
    private static void respond(TenantScope host, FarSide farSide, Set<String> answered) {
        for (OutgoingMessage message : farSide.inOrder) {
            String person = message.recipient().value();
            if (!message.kind().equals("survey-invitation") || person.endsWith("-8") || !answered.add(person)) {
                continue;
            }
            URI link = message.content().callToAction().url();
            String wave = link.getPath().substring(link.getPath().lastIndexOf('/') + 1);
            ResponseToken token = ResponseToken.of(link.getQuery().substring("token=".length()));
            SurveyForm form = host.surveys().form(PROGRAM, wave, token);
            Map<String, Answer> answers = new HashMap<>();
            for (Item item : form.items()) {
                if (item.kind().numeric()) {
                    answers.put(item.id(), new Answer.Numeric(item.kind().max()));
                }
            }
            host.surveys().submit(PROGRAM, wave, token, answers);
        }
    }
}
