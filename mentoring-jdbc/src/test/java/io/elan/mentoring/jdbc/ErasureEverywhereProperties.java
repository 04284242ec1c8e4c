package io.elan.mentoring.jdbc;

import static io.elan.mentoring.spi.tck.KitFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.elan.mentoring.core.Elan;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.memory.InMemoryStores;
import io.elan.mentoring.core.survey.SurveyLinks;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.AddressingOutcome;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.FollowUpCallId;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.store.Stores;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.survey.collection.InMemoryWaveSecrets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Erasure, played by someone who then reads everything: a random program of 40 people (pairs, attendance, hotline
 * requests, follow-up calls, activity, messages, a broadcast, survey invitations and anonymous responses, with people
 * named in each other's texts) is written into the stores, one person drawn at random is erased through
 * {@code tenant.privacy().erase}, and every read path of every port, and on H2 and PostgreSQL every text column of
 * every table of the schema, is searched for the person's id, name, e-mail and phone. Every record that did not
 * mention the person reads exactly as before, and erasing again changes nothing more.
 */
class ErasureEverywhereProperties {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final AtomicInteger TRIES = new AtomicInteger();

    @Test
    @DisplayName("in memory, an erased person is in no read path and no one else's record changed")
    void inMemory() {
        qt().withExamples(10).forAll(longs().all()).checkAssert(seed -> eraseAndSearch(new InMemoryStores(), null,
                seed));
    }

    @Test
    @DisplayName("on H2, an erased person is in no read path and no text column of any table")
    void onH2() throws SQLException {
        JdbcStores stores = ownDatabase(JdbcDialect.H2);
        qt().withExamples(4).forAll(longs().all()).checkAssert(seed -> eraseAndSearch(stores, stores.dataSource(),
                seed));
    }

    @Test
    @DisplayName("on PostgreSQL, an erased person is in no read path and no text column of any table")
    void onPostgres() throws SQLException {
        JdbcStores stores = ownDatabase(JdbcDialect.POSTGRESQL);
        qt().withExamples(3).forAll(longs().all()).checkAssert(seed -> eraseAndSearch(stores, stores.dataSource(),
                seed));
    }

    /**
     * A database of its own, so that the scan of every text column of every table reads all of it and only what this
     * test wrote, however much the other tests wrote into the shared ones.
     */
    private static JdbcStores ownDatabase(JdbcDialect dialect) throws SQLException {
        DataSource pool = switch (dialect) {
            case H2 -> TestDatabases.freshDatabase(JdbcDialect.H2);
            case POSTGRESQL -> {
                // Pooled, as the shared server's data source is: a new PostgreSQL connection per call is slow.
                PGConnectionPoolDataSource physical = new PGConnectionPoolDataSource();
                physical.setURL(PostgresTestServer.freshDatabaseUrl());
                yield JdbcConnectionPool.create(physical);
            }
        };
        return JdbcStores.builder().dataSource(pool).migrateSchema(true).build();
    }

    private record Someone(PersonId id, String name, String email, String phone) {
        List<String> traces() {
            return List.of(id.value(), name, email, phone);
        }
    }

    private static void eraseAndSearch(Stores stores, DataSource database, long seed) {
        Random random = new Random(seed);
        // A try's own tenant: the same seed drawn twice, or tried again while shrinking, must not meet its own data.
        TenantId tenant = TenantId.of("erasure-" + hex(random, 8) + "-" + TRIES.incrementAndGet());
        ProgramId program = ProgramId.of("program-" + hex(random, 6));
        InMemoryPeopleDirectory directory = new InMemoryPeopleDirectory();
        List<Someone> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String first = word(random);
            String last = word(random);
            Someone one = new Someone(PersonId.of("emp-" + hex(random, 10)), first + " " + last,
                    first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + "@acme.example",
                    "+336" + (10_000_000 + random.nextInt(89_999_999)));
            people.add(one);
            directory.put(tenant, Person.of(one.id(), one.name()).toBuilder().email(one.email()).phone(one.phone())
                    .build());
        }
        write(stores, tenant, program, people, random);
        Someone erased = people.get(random.nextInt(people.size()));
        List<String> before = readEverything(stores, tenant, program, people);

        Elan elan = Elan.builder().stores(stores).waveSecrets(new InMemoryWaveSecrets())
                .surveyLinks(SurveyLinks.template("https://hr.example/surveys/{token}"))
                .messageGateway(new InMemoryMessageGateway(Channel.EMAIL)).peopleDirectory(directory)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        elan.tenant(tenant).privacy().erase(erased.id());

        List<String> after = readEverything(stores, tenant, program, people);
        for (String trace : erased.traces()) {
            assertThat(after.stream().filter(line -> line.contains(trace)))
                    .as("records read after erasing that hold %s", trace).isEmpty();
        }
        // The program record is no one's data; its version moves on with every change of pairs, the ended ones too.
        List<String> untouched = before.stream().filter(line -> !line.startsWith("Program["))
                .filter(line -> erased.traces().stream().noneMatch(line::contains)).toList();
        assertThat(after).as("every record that did not mention the erased person reads as before")
                .containsAll(untouched);
        assertThat(stores.surveyResponseStore().count(tenant, program, "mid-point"))
                .as("anonymous survey responses stay").isEqualTo(30);
        if (database != null) {
            for (String trace : erased.traces()) {
                assertThat(columnsHolding(database, trace)).as("text columns holding %s", trace).isEmpty();
            }
        }
        elan.tenant(tenant).privacy().erase(erased.id());
        assertThat(readEverything(stores, tenant, program, people)).as("erasing twice changes nothing more")
                .isEqualTo(after);
    }

    private static void write(Stores stores, TenantId tenant, ProgramId program, List<Someone> people, Random random) {
        var store = stores.programStore();
        store.saveProgram(Program.builder().id(program).tenant(tenant).name("Mentorat " + program.value())
                .kickOff(LocalDate.of(2027, 1, 11)).closing(LocalDate.of(2027, 11, 30)).zone("Europe/Paris")
                .status(ProgramStatus.RUNNING).build());
        for (int i = 0; i < people.size(); i++) {
            store.saveParticipant(tenant, Participant.builder().program(program).person(people.get(i).id())
                    .role(i < 20 ? Role.MENTOR : Role.MENTEE).enrolledOn(LocalDate.of(2027, 1, 4)).build());
        }
        List<PairId> pairs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            PairId id = PairId.of(String.format(Locale.ROOT, "pair-%05d", i + 1));
            pairs.add(id);
            Pair pair = store.savePair(tenant, new Pair(id, program, people.get(i).id(), people.get(20 + i).id(),
                    io.elan.mentoring.spi.program.PairStatus.ACTIVE, LocalDate.of(2027, 1, 11), null, null, 0));
            if (random.nextInt(4) == 0) {
                store.savePair(tenant, pair.ended(LocalDate.of(2027, 2, 1), "moved on, says "
                        + other(people, random).name()));
            }
        }
        TouchpointId webinar = TouchpointId.of("webinar-1");
        Instant start = Instant.parse("2027-02-04T12:00:00Z");
        store.saveTouchpoint(tenant, Touchpoint.builder().id(webinar).program(program).format(Format.WEBINAR_FOCUS)
                .theme("Kick-off").start(start).end(start.plusSeconds(2700)).build());
        List<ActivityEvent> events = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Someone one = people.get(i);
            Someone mentioned = other(people, random);
            store.recordAttendance(tenant, new Attendance(program, webinar, one.id(),
                    random.nextBoolean() ? AttendanceStatus.ATTENDED : AttendanceStatus.ABSENT, start));
            HotlineRequest raised = store.saveHotlineRequest(tenant, HotlineRequest.raised(
                    HotlineRequestId.of("hotline-" + i), program, one.id(), HotlineTopic.values()[0],
                    "Question about " + mentioned.name(), "Please call me at " + one.phone() + " or write to "
                            + mentioned.email(), start.plusSeconds(i)));
            if (random.nextBoolean()) {
                Someone handler = other(people, random);
                HotlineRequest assigned = store.saveHotlineRequest(tenant, raised.assignedTo(handler.id()));
                store.saveHotlineRequest(tenant, assigned.answered("Answered by " + handler.name(),
                        start.plusSeconds(3600)));
            }
            FollowUpCall call = store.saveFollowUpCall(tenant, FollowUpCall.planned(
                    FollowUpCallId.of("call/" + one.id().value() + "/m3"), program, one.id(),
                    LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 15)));
            store.saveFollowUpCall(tenant, call.logged(CallOutcome.REACHED, start.plusSeconds(7200),
                    "Spoke about " + mentioned.name() + "; " + one.name() + " is fine"));
            events.add(new ActivityEvent(EventId.of("attended/" + program.value() + "/" + one.id().value()), program,
                    null, one.id(), ActivityKind.TOUCHPOINT_ATTENDED, start, "engine",
                    Map.of("note", "with " + mentioned.email())));
            OutgoingMessage message = OutgoingMessage.builder().tenant(tenant).program(program).recipient(one.id())
                    .channel(Channel.EMAIL).locale(Locale.FRENCH).recipientLocale(Locale.FRENCH)
                    .recipientZone(ZoneOffset.UTC).kind("monthly-message").idempotencyKey("monthly:" + hex(random, 12))
                    .content(MessageContent.of("Bonjour " + one.name(), "Your partner " + mentioned.name()
                            + " can be reached at " + mentioned.phone()))
                    .notBefore(start).build();
            stores.outbox().enqueue(tenant, message);
            stores.tokenRegistry().issueIfAbsent(tenant, program, "mid-point", new Invitation(one.id(),
                    ResponseToken.of("token-" + hex(random, 16)), Map.of("role", i < 20 ? "MENTOR" : "MENTEE"),
                    false));
        }
        for (int i = 0; i < 20; i++) {
            events.add(new ActivityEvent(EventId.of("pair-meeting-" + i), program, pairs.get(i), null,
                    ActivityKind.PAIR_MEETING, start.plusSeconds(86_400), "host", Map.of()));
        }
        stores.activityLog().append(tenant, events);
        var delivered = stores.outbox().claimDue(tenant, NOW, 15, java.time.Duration.ofMinutes(5));
        delivered.forEach(claim -> stores.outbox().markDelivered(tenant, claim.claimToken(), NOW));
        BroadcastId broadcast = BroadcastId.of("announcement-1");
        stores.broadcastLog().publish(tenant, new PublishedBroadcast(new Broadcast(broadcast, program, Audience.BOTH,
                "announcement", Map.of(Locale.FRENCH, MessageContent.of("Atelier", "Animé par "
                        + people.get(0).name()))), start));
        List<Addressee> addressees = new ArrayList<>();
        for (Someone one : people) {
            addressees.add(new Addressee(one.id(), Role.MENTEE, AddressingOutcome.NO_CHANNEL, null, null, false,
                    start, "no address known for " + other(people, random).name()));
        }
        stores.broadcastLog().address(tenant, program, broadcast, addressees);
        for (int i = 0; i < 30; i++) {
            stores.surveyResponseStore().saveIfAbsent(tenant, response(program, "mid-point", "anonymous-" + i,
                    1 + random.nextInt(5)));
        }
    }

    private static List<String> readEverything(Stores stores, TenantId tenant, ProgramId program,
            List<Someone> people) {
        List<String> lines = new ArrayList<>();
        var store = stores.programStore();
        store.programs(tenant).forEach(p -> lines.add(p.toString()));
        store.participants(tenant, program).forEach(p -> lines.add(p.toString()));
        store.pairs(tenant, program).forEach(p -> lines.add(p.toString()));
        for (Touchpoint t : store.touchpoints(tenant, program)) {
            lines.add(t.toString());
            store.attendance(tenant, program, t.id()).forEach(a -> lines.add(a.toString()));
        }
        store.hotlineRequests(tenant, program).forEach(r -> lines.add(r.toString()));
        store.followUpCalls(tenant, program).forEach(c -> lines.add(c.toString()));
        for (Someone one : people) {
            store.findParticipant(tenant, program, one.id()).ifPresent(p -> lines.add("found " + p));
            stores.tokenRegistry().invitationsOf(tenant, one.id()).forEach(i -> lines.add("of " + i));
        }
        try (Stream<ActivityEvent> events = stores.activityLog().events(tenant, program, Checks.EARLIEST_INSTANT,
                Checks.LATEST_INSTANT)) {
            events.forEach(e -> lines.add(e.toString()));
        }
        try (Stream<OutboxEntry> entries = stores.outbox().entries(tenant, program)) {
            entries.forEach(e -> lines.add(e.toString()));
        }
        for (PublishedBroadcast b : stores.broadcastLog().broadcasts(tenant, program)) {
            lines.add(b.toString());
            stores.broadcastLog().addressees(tenant, program, b.broadcast().id()).forEach(a -> lines.add(a.toString()));
        }
        stores.tokenRegistry().invitations(tenant, program, "mid-point").forEach(i -> lines.add(i.toString()));
        return lines;
    }

    /** Every text column of every table of the schema, found in the information schema, searched for the trace. */
    private static Set<String> columnsHolding(DataSource database, String trace) {
        Set<String> found = new HashSet<>();
        try (Connection c = database.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name, data_type"
                    + " FROM information_schema.columns WHERE table_schema = current_schema()");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(3).toLowerCase(Locale.ROOT);
                    if (type.contains("char") || type.equals("text") || type.contains("clob")) {
                        columns.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            assertThat(columns).as("text columns of the schema").hasSizeGreaterThan(40);
            for (String[] column : columns) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + column[0] + " WHERE POSITION(? IN "
                        + column[1] + ") > 0")) {
                    ps.setString(1, trace);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static Someone other(List<Someone> people, Random random) {
        return people.get(random.nextInt(people.size()));
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String hex(Random random, int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }
}
