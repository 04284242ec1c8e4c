package io.elan.mentoring.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elan.mentoring.core.Elan;
import io.elan.mentoring.core.internal.ProgramSettings;
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
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.MessageContent;
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
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.survey.collection.InMemoryWaveSecrets;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The export of a person who took part in everything Élan records (a participation, a pair, meetings reported, a
 * webinar attended, a hotline request answered, a follow-up call with notes, messages delivered, a broadcast, a survey
 * invitation) holds each kind of record, only theirs, and validates against the schema shipped with the core module.
 */
@DisplayName("the export of a person who took part in everything holds each kind of record and validates against its"
        + " schema")
class PersonExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2027-04-01T09:00:00Z");
    private static final Instant START = Instant.parse("2027-02-04T12:00:00Z");
    private static final TenantId TENANT = TenantId.of("acme");
    private static final ProgramId PROGRAM = ProgramId.of("spring-2027");
    private static final PersonId ANA = PersonId.of("emp-ana");
    private static final PersonId BRUNO = PersonId.of("emp-bruno");
    private static final PersonId CHLOE = PersonId.of("emp-chloe");

    private static JsonNode schema;
    private static JsonNode export;

    @BeforeAll
    static void exportAna() throws IOException {
        try (InputStream in = Privacy.class.getResourceAsStream(Privacy.EXPORT_SCHEMA_RESOURCE)) {
            assertThat(in).as("the export's schema on the class path at %s", Privacy.EXPORT_SCHEMA_RESOURCE)
                    .isNotNull();
            schema = JSON.readTree(in);
        }
        InMemoryStores stores = new InMemoryStores();
        InMemoryPeopleDirectory directory = new InMemoryPeopleDirectory();
        directory.put(TENANT, Person.of(ANA, "Ana Martin").toBuilder().email("ana.martin@acme.example")
                .phone("+33611223344").orgUnit("Finance").build());
        directory.put(TENANT, Person.of(BRUNO, "Bruno Petit"));
        directory.put(TENANT, Person.of(CHLOE, "Chloé Durand"));
        writeEverything(stores);
        Elan elan = Elan.builder().stores(stores).waveSecrets(new InMemoryWaveSecrets())
                .surveyLinks(SurveyLinks.template("https://hr.example/surveys/{token}"))
                .messageGateway(new InMemoryMessageGateway(Channel.EMAIL)).peopleDirectory(directory)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        export = JSON.readTree(elan.tenant(TENANT).privacy().export(ANA));
    }

    private static void writeEverything(InMemoryStores stores) {
        var store = stores.programStore();
        store.saveProgram(Program.builder().id(PROGRAM).tenant(TENANT).name("Mentorat printemps 2027")
                .kickOff(LocalDate.of(2027, 1, 11)).closing(LocalDate.of(2027, 11, 30)).zone("Europe/Paris")
                .status(ProgramStatus.RUNNING).build());
        // A second program names Ana as the manager who receives its escalations.
        store.saveProgram(Program.builder().id(ProgramId.of("program-managed")).tenant(TENANT).name("Mentorat RH")
                .kickOff(LocalDate.of(2027, 1, 11)).closing(LocalDate.of(2027, 11, 30)).zone("Europe/Paris")
                .settings(Map.of(ProgramSettings.PROGRAM_MANAGER, ANA.value())).build());
        for (PersonId person : List.of(ANA, BRUNO, CHLOE)) {
            store.saveParticipant(TENANT, Participant.builder().program(PROGRAM).person(person)
                    .role(person.equals(ANA) ? Role.MENTEE : Role.MENTOR).enrolledOn(LocalDate.of(2027, 1, 4))
                    .build());
        }
        store.savePair(TENANT, Pair.formed(PairId.of("pair-1"), PROGRAM, BRUNO, ANA, LocalDate.of(2027, 1, 11)));
        store.savePair(TENANT, Pair.formed(PairId.of("pair-2"), PROGRAM, CHLOE, PersonId.of("emp-david"),
                LocalDate.of(2027, 1, 11)));
        TouchpointId webinar = TouchpointId.of("webinar-1");
        store.saveTouchpoint(TENANT, Touchpoint.builder().id(webinar).program(PROGRAM).format(Format.WEBINAR_FOCUS)
                .theme("Écoute active").start(START).end(START.plusSeconds(2700)).build());
        store.recordAttendance(TENANT, new Attendance(PROGRAM, webinar, ANA, AttendanceStatus.ATTENDED, START));
        store.recordAttendance(TENANT, new Attendance(PROGRAM, webinar, BRUNO, AttendanceStatus.ABSENT, START));
        HotlineRequest raised = store.saveHotlineRequest(TENANT, HotlineRequest.raised(HotlineRequestId.of("hotline-1"),
                PROGRAM, ANA, HotlineTopic.DIFFICULTY, "Rythme des rencontres", "Nous nous voyons peu.", START));
        HotlineRequest assigned = store.saveHotlineRequest(TENANT, raised.assignedTo(CHLOE));
        store.saveHotlineRequest(TENANT, assigned.answered("Proposez un créneau fixe chaque mois.",
                START.plus(Duration.ofHours(3))));
        store.saveHotlineRequest(TENANT, HotlineRequest.raised(HotlineRequestId.of("hotline-2"), PROGRAM, BRUNO,
                HotlineTopic.QUESTION, "Question de Bruno", "Rien sur Ana.", START));
        FollowUpCall call = store.saveFollowUpCall(TENANT, FollowUpCall.planned(FollowUpCallId.of("call-ana-m3"),
                PROGRAM, ANA, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 15)));
        store.saveFollowUpCall(TENANT, call.logged(CallOutcome.REACHED, Instant.parse("2027-03-05T10:00:00Z"),
                "Échange très positif avec son mentor."));
        store.saveFollowUpCall(TENANT, FollowUpCall.planned(FollowUpCallId.of("call-bruno-m3"), PROGRAM, BRUNO,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 15)));
        stores.activityLog().append(TENANT, List.of(
                ActivityEvent.ofPair(EventId.of("meeting-1"), PROGRAM, PairId.of("pair-1"), ActivityKind.PAIR_MEETING,
                        START.plus(Duration.ofDays(1)), "host"),
                ActivityEvent.ofPair(EventId.of("meeting-2"), PROGRAM, PairId.of("pair-2"), ActivityKind.PAIR_MEETING,
                        START.plus(Duration.ofDays(1)), "host"),
                ActivityEvent.ofPerson(EventId.of("attended-1"), PROGRAM, ANA, ActivityKind.TOUCHPOINT_ATTENDED, START,
                        "engine").withAttributes(Map.of("touchpoint", "webinar-1"))));
        for (PersonId person : List.of(ANA, BRUNO)) {
            stores.outbox().enqueue(TENANT, OutgoingMessage.builder().tenant(TENANT).program(PROGRAM)
                    .recipient(person).channel(Channel.EMAIL).locale(Locale.FRENCH).recipientLocale(Locale.FRENCH)
                    .recipientZone(ZoneOffset.UTC).kind("monthly-message").idempotencyKey("monthly:" + person)
                    .content(MessageContent.of("Le mois de l'élan", "Partagez une réussite de votre binôme."))
                    .notBefore(START).build());
        }
        for (ClaimedMessage claim : stores.outbox().claimDue(TENANT, START, 10, Duration.ofMinutes(5))) {
            stores.outbox().markDelivered(TENANT, claim.claimToken(), START.plusSeconds(30));
        }
        BroadcastId broadcast = BroadcastId.of("announcement-1");
        stores.broadcastLog().publish(TENANT, new PublishedBroadcast(new Broadcast(broadcast, PROGRAM, Audience.BOTH,
                "announcement", Map.of(Locale.FRENCH, MessageContent.of("Atelier", "Rendez-vous jeudi."))), START));
        stores.broadcastLog().address(TENANT, PROGRAM, broadcast, List.of(
                new Addressee(ANA, Role.MENTEE, AddressingOutcome.QUEUED, Channel.EMAIL, "broadcast:ana", false,
                        START, null),
                new Addressee(BRUNO, Role.MENTOR, AddressingOutcome.QUEUED, Channel.EMAIL, "broadcast:bruno", false,
                        START, null)));
        for (PersonId person : List.of(ANA, BRUNO)) {
            stores.tokenRegistry().issueIfAbsent(TENANT, PROGRAM, "mid-point", new Invitation(person,
                    ResponseToken.of("token-" + person), Map.of("role", "MENTEE"), false));
        }
    }

    private static List<JsonNode> records(String kind) {
        List<JsonNode> found = new ArrayList<>();
        export.path(kind).forEach(found::add);
        return found;
    }

    @Test
    @DisplayName("the export validates against the shipped schema")
    void validates() {
        assertThat(SchemaSubset.violations(schema, export)).as("the export's violations of its schema").isEmpty();
        assertThat(export.path("schemaVersion").asInt()).as("the schema version the export declares")
                .isEqualTo(Privacy.EXPORT_SCHEMA_VERSION);
    }

    @Test
    @DisplayName("the export holds the person's directory entry and each kind of record they took part in")
    void everyKind() {
        assertThat(export.path("person").asText()).isEqualTo("emp-ana");
        assertThat(export.path("directory").path("email").asText()).as("the directory's e-mail")
                .isEqualTo("ana.martin@acme.example");
        assertThat(records("participations")).extracting(r -> r.path("role").asText()).as("participations")
                .containsExactly("MENTEE");
        assertThat(records("managedPrograms")).extracting(r -> r.path("program").asText() + " "
                + r.path("programName").asText()).as("programs the person manages")
                .containsExactly("program-managed Mentorat RH");
        assertThat(records("pairs")).extracting(r -> r.path("pair").asText() + " with " + r.path("partner").asText())
                .as("pairs").containsExactly("pair-1 with emp-bruno");
        assertThat(records("attendance")).extracting(r -> r.path("theme").asText() + " " + r.path("status").asText())
                .as("attendance").containsExactly("Écoute active ATTENDED");
        assertThat(records("hotlineRequests")).extracting(r -> r.path("subject").asText() + " / "
                + r.path("answer").asText()).as("hotline requests with their answers")
                .containsExactly("Rythme des rencontres / Proposez un créneau fixe chaque mois.");
        assertThat(records("followUpCalls")).extracting(r -> r.path("notes").asText()).as("follow-up calls' notes")
                .containsExactly("Échange très positif avec son mentor.");
        assertThat(records("activity")).extracting(r -> r.path("event").asText() + " " + r.path("kind").asText())
                .as("activity: the meetings reported for their pair and the events about them")
                .containsExactlyInAnyOrder("meeting-1 PAIR_MEETING", "attended-1 TOUCHPOINT_ATTENDED");
        assertThat(records("messages")).extracting(r -> r.path("title").asText() + " " + r.path("state").asText())
                .as("messages sent to them").containsExactly("Le mois de l'élan DELIVERED");
        assertThat(records("broadcasts")).extracting(r -> r.path("broadcast").asText())
                .as("broadcasts they were addressed").containsExactly("announcement-1");
        assertThat(records("surveyInvitations")).extracting(r -> r.path("wave").asText())
                .as("survey invitations").containsExactly("mid-point");
    }

    @Test
    @DisplayName("the export holds nothing that is someone else's own")
    void onlyTheirs() {
        String text = export.toString();
        for (String foreign : List.of("hotline-2", "Question de Bruno", "call-bruno-m3", "meeting-2", "pair-2",
                "monthly:emp-bruno", "emp-chloe", "token-")) {
            assertThat(text).as("the export of emp-ana").doesNotContain(foreign);
        }
    }

    @Test
    @DisplayName("the validator rejects a document that lacks a required property, or has a wrong type or value")
    void validatorCanFail() {
        ObjectNode missing = export.deepCopy();
        missing.remove("surveyInvitations");
        assertThat(SchemaSubset.violations(schema, missing)).as("violations of an export without surveyInvitations")
                .containsExactly(": lacks the required property surveyInvitations");

        ObjectNode nested = export.deepCopy();
        ((ObjectNode) nested.path("hotlineRequests").get(0)).remove("subject");
        assertThat(SchemaSubset.violations(schema, nested)).as("violations of an export whose request lacks a subject")
                .containsExactly("/hotlineRequests/0: lacks the required property subject");

        ObjectNode wrong = export.deepCopy();
        ((ObjectNode) wrong.path("participations").get(0)).put("role", "SPONSOR");
        ((ArrayNode) wrong.path("pairs")).add("not an object");
        wrong.put("exportedAt", "yesterday");
        wrong.put("extra", true);
        ((ObjectNode) wrong.path("activity").get(0).path("attributes")).put("count", 3);
        assertThat(SchemaSubset.violations(schema, wrong)).as("violations of an altered export").hasSize(5)
                .anySatisfy(v -> assertThat(v).startsWith("/activity/0/attributes/count: must be of type"))
                .anySatisfy(v -> assertThat(v).startsWith("/participations/0/role: must be one of"))
                .anySatisfy(v -> assertThat(v).startsWith("/pairs/1: must be of type"))
                .anySatisfy(v -> assertThat(v).startsWith("/exportedAt: must be an RFC 3339 date-time"))
                .anySatisfy(v -> assertThat(v).contains("has the property extra"));

        ObjectNode unknownKeyword = schema.deepCopy();
        unknownKeyword.putArray("oneOf");
        assertThatThrownBy(() -> SchemaSubset.violations(unknownKeyword, export))
                .as("a schema keyword the validator does not check must be refused, not skipped")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oneOf");
    }
}
