package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.Elan;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.memory.InMemoryStores;
import io.elan.mentoring.core.privacy.RetentionSettings;
import io.elan.mentoring.core.privacy.RetentionSummary;
import io.elan.mentoring.core.survey.SurveyLinks;
import io.elan.mentoring.core.timer.DueWorkSummary;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.store.Stores;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.survey.collection.InMemoryWaveSecrets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Retention run by the timer call alone, on a clock moved by hand: closed programs, delivered message bodies, activity
 * events and hotline texts of a tenant are written over five months, the clock walks on in steps of five days, and
 * after the calls of each step nothing is left older than its retention period allows, while nothing younger was
 * touched. Each call retires at most {@link RetentionSettings#recordsPerCall()} records of each kind and the next call
 * goes on. Run on the in-memory stores and on H2.
 */
class RetentionThroughTheTimerCallTest {

    private static final Instant START = Instant.parse("2027-01-01T09:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int PER_CALL = 3;
    private static final RetentionSettings RETENTION = new RetentionSettings(Period.ofDays(30), Duration.ofDays(7),
            Duration.ofDays(60), Duration.ofDays(10), PER_CALL);
    private static final TenantId TENANT = TenantId.of("retention");
    private static final ProgramId WORK = ProgramId.of("enrolling");
    /** Closed programs and their closing dates. */
    private static final Map<ProgramId, LocalDate> CLOSED = new LinkedHashMap<>();

    static {
        CLOSED.put(ProgramId.of("closed-january"), LocalDate.of(2027, 1, 15));
        CLOSED.put(ProgramId.of("closed-february"), LocalDate.of(2027, 2, 10));
        CLOSED.put(ProgramId.of("closed-march"), LocalDate.of(2027, 3, 20));
    }

    /** What was written, so that what is left can be told apart from what was never there. */
    private record Written(List<Instant> events, Map<String, Instant> settled, Map<String, Instant> closedRequests) {}

    @Nested
    @DisplayName("on the in-memory stores")
    class InMemory {
        @Test
        @DisplayName("after the calls of each five-day step nothing older than its retention period is left")
        void walk() {
            walkAndCheck(new InMemoryStores());
        }

        @Test
        @DisplayName("a call retires at most its bound of each kind, and the next call goes on")
        void bound() {
            boundAndContinue(new InMemoryStores());
        }
    }

    @Nested
    @DisplayName("on H2")
    class OnH2 {
        @Test
        @DisplayName("after the calls of each five-day step nothing older than its retention period is left")
        void walk() throws SQLException {
            walkAndCheck(freshH2());
        }

        @Test
        @DisplayName("a call retires at most its bound of each kind, and the next call goes on")
        void bound() throws SQLException {
            boundAndContinue(freshH2());
        }

        private static JdbcStores freshH2() throws SQLException {
            return JdbcStores.builder().dataSource(TestDatabases.freshDatabase(JdbcDialect.H2)).migrateSchema(true)
                    .build();
        }
    }

    private static Elan engine(Stores stores, ManualClock clock) {
        return Elan.builder().stores(stores).waveSecrets(new InMemoryWaveSecrets())
                .surveyLinks(SurveyLinks.template("https://hr.example/surveys/{token}"))
                .messageGateway(new InMemoryMessageGateway(Channel.EMAIL))
                .peopleDirectory(new InMemoryPeopleDirectory()).retention(RETENTION).clock(clock).build();
    }

    private static void walkAndCheck(Stores stores) {
        Written written = write(stores);
        ManualClock clock = new ManualClock(START);
        Elan elan = engine(stores, clock);
        for (int step = 0; step <= 40; step++) {
            int calls = 0;
            RetentionSummary retired;
            do {
                DueWorkSummary summary = elan.runDue();
                assertThat(summary.failures()).as("failed steps of the call at %s", clock.instant()).isEmpty();
                retired = summary.retired();
                assertBound(retired, clock.instant());
                calls++;
            } while (retired.total() > 0 && calls < 50);
            assertThat(retired.total()).as("retention left nothing to a further call at %s", clock.instant()).isZero();
            assertNothingTooOld(stores, written, clock.instant());
            clock.advance(Duration.ofDays(5));
        }
    }

    private static void boundAndContinue(Stores stores) {
        Written written = write(stores);
        ManualClock clock = new ManualClock(START.plus(Duration.ofDays(200)));
        Elan elan = engine(stores, clock);
        List<RetentionSummary> calls = new ArrayList<>();
        RetentionSummary retired;
        do {
            retired = elan.runDue().retired();
            calls.add(retired);
        } while (retired.total() > 0 && calls.size() < 50);
        assertThat(calls.get(0)).as("the first call, with more of every kind due than its bound")
                .isEqualTo(new RetentionSummary(PER_CALL, PER_CALL, PER_CALL, PER_CALL));
        // A closed program's own events and messages go with it, so the other kinds count the enrolling program's.
        int events = written.events().size() - CLOSED.size();
        RetentionSummary all = calls.stream().reduce(RetentionSummary.NONE, RetentionSummary::plus);
        assertThat(all).as("every call added up: each closed program, and every settled body, event and closed request"
                + " of the program still enrolling, once").isEqualTo(new RetentionSummary(CLOSED.size(),
                        written.settled().size() - CLOSED.size(), events, written.closedRequests().size()));
        calls.forEach(c -> assertBound(c, clock.instant()));
        assertThat(calls.size()).as("calls until one retired nothing: the largest kind, %s events, needs %s of %s",
                events, (events + PER_CALL - 1) / PER_CALL, PER_CALL).isEqualTo((events + PER_CALL - 1) / PER_CALL + 1);
        assertNothingTooOld(stores, written, clock.instant());
    }

    private static void assertBound(RetentionSummary retired, Instant at) {
        assertThat(List.of(retired.programs(), retired.messageBodies(), retired.activityEvents(),
                retired.hotlineTexts())).as("records of each kind retired by the call at %s", at)
                .allSatisfy(n -> assertThat(n).isBetween(0, PER_CALL));
    }

    /**
     * Three closed programs with people, events, messages, a broadcast and invitations; and a program still enrolling
     * whose events, settled messages and closed hotline requests are spread over five months.
     */
    private static Written write(Stores stores) {
        ProgramStore store = stores.programStore();
        List<Instant> events = new ArrayList<>();
        Map<String, Instant> settled = new LinkedHashMap<>();
        Map<String, Instant> closedRequests = new LinkedHashMap<>();
        store.saveProgram(Program.builder().id(WORK).tenant(TENANT).name("Mentorat 2027").kickOff(LocalDate.of(2027, 9, 1))
                .closing(LocalDate.of(2028, 6, 30)).zone(PARIS).status(ProgramStatus.ENROLLING).build());
        for (Map.Entry<ProgramId, LocalDate> closed : CLOSED.entrySet()) {
            ProgramId program = closed.getKey();
            store.saveProgram(Program.builder().id(program).tenant(TENANT).name("Mentorat " + program.value())
                    .kickOff(closed.getValue().minusMonths(10)).closing(closed.getValue()).zone(PARIS)
                    .status(ProgramStatus.CLOSED).build());
            PersonId person = PersonId.of("emp-" + program.value());
            store.saveParticipant(TENANT, Participant.builder().program(program).person(person).role(Role.MENTEE)
                    .enrolledOn(closed.getValue().minusMonths(10)).build());
            Instant lastDay = closed.getValue().atStartOfDay(PARIS).toInstant();
            stores.activityLog().append(TENANT, List.of(ActivityEvent.ofPerson(EventId.of("closing-" + program.value()),
                    program, person, ActivityKind.TOUCHPOINT_ATTENDED, lastDay, "engine")));
            events.add(lastDay);
            settled.put("closing:" + program.value(), deliver(stores, program, person, "closing:" + program.value(),
                    lastDay));
            stores.broadcastLog().publish(TENANT, new PublishedBroadcast(new Broadcast(BroadcastId.of("last-words"),
                    program, Audience.BOTH, "announcement", Map.of(Locale.FRENCH, MessageContent.of("Clôture",
                            "Merci à tous."))), lastDay));
            stores.tokenRegistry().issueIfAbsent(TENANT, program, "closing", new Invitation(person,
                    ResponseToken.of("token-" + program.value()), Map.of("role", "MENTEE"), false));
        }
        PersonId someone = PersonId.of("emp-enrolled");
        for (int i = 0; i < 10; i++) {
            Instant at = START.minus(Duration.ofDays(40)).plus(Duration.ofDays(15L * i));
            stores.activityLog().append(TENANT, List.of(ActivityEvent.ofPerson(EventId.of("event-" + i), WORK, someone,
                    ActivityKind.HOTLINE_REQUEST, at, "engine")));
            events.add(at);
        }
        for (int i = 0; i < 6; i++) {
            String key = "monthly:" + i;
            settled.put(key, deliver(stores, WORK, someone, key, START.plus(Duration.ofDays(9L * i))));
        }
        for (int i = 0; i < 6; i++) {
            HotlineRequest raised = store.saveHotlineRequest(TENANT, HotlineRequest.raised(
                    HotlineRequestId.of("request-" + i), WORK, someone, HotlineTopic.QUESTION, "Question " + i,
                    "Détails de la question " + i, START));
            Instant closedAt = START.plus(Duration.ofDays(11L * i + 1));
            HotlineRequest answered = store.saveHotlineRequest(TENANT, raised.answered("Réponse " + i,
                    closedAt.minusSeconds(60)));
            store.saveHotlineRequest(TENANT, answered.closed(closedAt));
            closedRequests.put("request-" + i, closedAt);
        }
        return new Written(events, settled, closedRequests);
    }

    private static Instant deliver(Stores stores, ProgramId program, PersonId to, String key, Instant at) {
        stores.outbox().enqueue(TENANT, OutgoingMessage.builder().tenant(TENANT).program(program).recipient(to)
                .channel(Channel.EMAIL).locale(Locale.FRENCH).recipientLocale(Locale.FRENCH)
                .recipientZone(ZoneOffset.UTC).kind("monthly-message").idempotencyKey(key)
                .content(MessageContent.of("Le mois de l'élan", "Bonjour, voici le message " + key))
                .notBefore(at.minusSeconds(60)).build());
        List<ClaimedMessage> claimed = stores.outbox().claimDue(TENANT, at, 1, Duration.ofMinutes(5));
        assertThat(claimed).extracting(c -> c.message().idempotencyKey()).as("the message claimed to deliver")
                .containsExactly(key);
        stores.outbox().markDelivered(TENANT, claimed.get(0).claimToken(), at);
        return at;
    }

    private static void assertNothingTooOld(Stores stores, Written written, Instant now) {
        ProgramStore store = stores.programStore();
        for (Map.Entry<ProgramId, LocalDate> closed : CLOSED.entrySet()) {
            ProgramId program = closed.getKey();
            boolean over = closed.getValue().plus(RETENTION.closedPrograms()).isBefore(LocalDate.ofInstant(now, PARIS));
            assertThat(store.findProgram(TENANT, program).isPresent())
                    .as("%s, closed on %s, kept at %s", program, closed.getValue(), now).isEqualTo(!over);
            if (over) {
                assertThat(store.participants(TENANT, program)).as("participants of removed %s", program).isEmpty();
                assertThat(events(stores, program)).as("events of removed %s", program).isEmpty();
                assertThat(entries(stores, program)).as("messages of removed %s", program).isEmpty();
                assertThat(stores.broadcastLog().broadcasts(TENANT, program)).as("broadcasts of removed %s", program)
                        .isEmpty();
                assertThat(stores.tokenRegistry().invitationsOf(TENANT, PersonId.of("emp-" + program.value())))
                        .as("survey invitations of removed %s", program).isEmpty();
            }
        }
        Instant oldestEvent = now.minus(RETENTION.activityEvents());
        List<Instant> left = new ArrayList<>();
        for (ProgramId program : store.programs(TENANT).stream().map(Program::id).toList()) {
            events(stores, program).forEach(e -> left.add(e.occurredAt()));
        }
        assertThat(left).as("events left at %s: none before %s", now, oldestEvent)
                .allSatisfy(at -> assertThat(at).isAfterOrEqualTo(oldestEvent));
        assertThat(events(stores, WORK)).extracting(ActivityEvent::occurredAt)
                .as("events of the enrolling program at or after %s must all be kept", oldestEvent)
                .containsAll(written.events().stream().filter(at -> !at.isBefore(oldestEvent))
                        .filter(at -> !CLOSED.values().stream().anyMatch(d -> d.atStartOfDay(PARIS).toInstant()
                                .equals(at))).toList());
        Instant oldestBody = now.minus(RETENTION.messageBodies());
        for (Map.Entry<String, Instant> message : written.settled().entrySet()) {
            stores.outbox().find(TENANT, message.getKey()).ifPresent(entry -> assertThat(
                    entry.message().content().equals(Outbox.CLEARED_BODY))
                    .as("body of %s, settled at %s, cleared at %s", message.getKey(), message.getValue(), now)
                    .isEqualTo(message.getValue().isBefore(oldestBody)));
        }
        Instant oldestText = now.minus(RETENTION.hotlineTexts());
        for (HotlineRequest request : store.hotlineRequests(TENANT, WORK)) {
            Instant closedAt = written.closedRequests().get(request.id().value());
            assertThat(request.subject().equals(ProgramStore.CLEARED_TEXT) && request.details().isEmpty()
                    && ProgramStore.CLEARED_TEXT.equals(request.answer()))
                    .as("texts of %s, closed at %s, cleared at %s", request.id(), closedAt, now)
                    .isEqualTo(closedAt.isBefore(oldestText));
        }
    }

    private static List<ActivityEvent> events(Stores stores, ProgramId program) {
        try (Stream<ActivityEvent> events = stores.activityLog().events(TENANT, program, Checks.EARLIEST_INSTANT,
                Checks.LATEST_INSTANT)) {
            return events.toList();
        }
    }

    private static List<OutboxEntry> entries(Stores stores, ProgramId program) {
        try (Stream<OutboxEntry> entries = stores.outbox().entries(TENANT, program)) {
            return entries.toList();
        }
    }
}
