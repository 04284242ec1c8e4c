package io.elan.mentoring.core.privacy.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elan.mentoring.core.internal.ProgramSettings;
import io.elan.mentoring.core.privacy.Privacy;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.survey.PersonInvitation;
import io.elan.mentoring.spi.validation.Checks;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Writes the export of one person: one JSON object per kind of record, every program of the tenant read once. The
 * shape is the schema at {@link Privacy#EXPORT_SCHEMA_RESOURCE}; a field is never dropped without a new version.
 */
final class PersonExporter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrivacyEngine engine;
    private final TenantId tenant;

    PersonExporter(PrivacyEngine engine, TenantId tenant) {
        this.engine = engine;
        this.tenant = tenant;
    }

    String export(PersonId person) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", Privacy.EXPORT_SCHEMA_VERSION);
        root.put("tenant", tenant.value());
        root.put("person", person.value());
        root.put("exportedAt", engine.clock().instant().toString());
        Optional<Person> known = engine.directory().find(tenant, person);
        if (known.isPresent()) {
            Person p = known.get();
            ObjectNode directory = root.putObject("directory");
            directory.put("displayName", p.displayName());
            directory.put("email", p.email());
            directory.put("phone", p.phone());
            directory.put("locale", p.locale().toLanguageTag());
            directory.put("zone", p.zone().getId());
            directory.put("orgUnit", p.orgUnit());
            directory.put("active", p.active());
        } else {
            root.putNull("directory");
        }
        ArrayNode participations = root.putArray("participations");
        ArrayNode managed = root.putArray("managedPrograms");
        ArrayNode pairs = root.putArray("pairs");
        ArrayNode attendance = root.putArray("attendance");
        ArrayNode hotline = root.putArray("hotlineRequests");
        ArrayNode calls = root.putArray("followUpCalls");
        ArrayNode activity = root.putArray("activity");
        ArrayNode messages = root.putArray("messages");
        ArrayNode broadcasts = root.putArray("broadcasts");
        ArrayNode invitations = root.putArray("surveyInvitations");
        for (Program program : engine.store().programs(tenant)) {
            String programId = program.id().value();
            if (ProgramSettings.programManager(program).filter(person::equals).isPresent()) {
                managed.addObject().put("program", programId).put("programName", program.name());
            }
            Optional<Participant> participant = engine.store().findParticipant(tenant, program.id(), person);
            participant.ifPresent(p -> participations.addObject()
                    .put("program", programId).put("programName", program.name()).put("role", p.role().name())
                    .put("status", p.status().name()).put("preferredChannel", p.preferredChannel().name())
                    .put("locale", p.locale().toLanguageTag()).put("zone", p.zone().getId())
                    .put("enrolledOn", p.enrolledOn().toString())
                    .set("optOuts", strings(p.optOuts().stream().sorted())));
            Set<PairId> theirPairs = new HashSet<>();
            for (Pair pair : engine.store().pairs(tenant, program.id())) {
                boolean mentor = pair.mentor().equals(person);
                if (mentor || pair.mentee().equals(person)) {
                    theirPairs.add(pair.id());
                    ObjectNode node = pairs.addObject().put("program", programId).put("pair", pair.id().value())
                            .put("role", mentor ? "MENTOR" : "MENTEE")
                            .put("partner", (mentor ? pair.mentee() : pair.mentor()).value())
                            .put("status", pair.status().name()).put("formedOn", pair.formedOn().toString());
                    node.put("endedOn", pair.endedOn() == null ? null : pair.endedOn().toString());
                    node.put("endReason", pair.endReason());
                }
            }
            for (Touchpoint touchpoint : engine.store().touchpoints(tenant, program.id())) {
                for (Attendance a : engine.store().attendance(tenant, program.id(), touchpoint.id())) {
                    if (a.person().equals(person)) {
                        attendance.addObject().put("program", programId).put("touchpoint", touchpoint.id().value())
                                .put("theme", touchpoint.theme()).put("status", a.status().name())
                                .put("recordedAt", a.recordedAt().toString());
                    }
                }
            }
            for (HotlineRequest r : engine.store().hotlineRequests(tenant, program.id())) {
                if (r.raisedBy().equals(person)) {
                    hotline.addObject().put("program", programId).put("request", r.id().value())
                            .put("topic", r.topic().name()).put("subject", r.subject()).put("details", r.details())
                            .put("raisedAt", r.raisedAt().toString()).put("status", r.status().name())
                            .put("answer", r.answer()).put("answeredAt", instant(r.answeredAt()))
                            .put("closedAt", instant(r.closedAt()));
                }
            }
            for (FollowUpCall c : engine.store().followUpCalls(tenant, program.id())) {
                if (c.person().equals(person)) {
                    calls.addObject().put("program", programId).put("call", c.id().value())
                            .put("dueFrom", c.dueFrom().toString()).put("dueBy", c.dueBy().toString())
                            .put("status", c.status().name())
                            .put("outcome", c.outcome() == null ? null : c.outcome().name())
                            .put("loggedAt", instant(c.loggedAt())).put("notes", c.notes());
                }
            }
            try (Stream<ActivityEvent> events = engine.activityLog().events(tenant, program.id(),
                    Checks.EARLIEST_INSTANT, Checks.LATEST_INSTANT)) {
                events.filter(e -> person.equals(e.person()) || e.pair() != null && theirPairs.contains(e.pair()))
                        .forEach(e -> {
                            ObjectNode node = activity.addObject().put("program", programId)
                                    .put("event", e.id().value()).put("kind", e.kind().name())
                                    .put("occurredAt", e.occurredAt().toString()).put("source", e.source());
                            node.put("pair", e.pair() == null ? null : e.pair().value());
                            ObjectNode attributes = node.putObject("attributes");
                            e.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                                    .forEach(a -> attributes.put(a.getKey(), a.getValue()));
                        });
            }
            try (Stream<OutboxEntry> entries = engine.outbox().entries(tenant, program.id())) {
                entries.filter(e -> e.message().recipient().equals(person)).forEach(e -> {
                    MessageContent content = e.message().content();
                    messages.addObject().put("program", programId).put("kind", e.message().kind())
                            .put("channel", e.message().channel().name()).put("state", e.state().name())
                            .put("notBefore", e.message().notBefore().toString())
                            .put("settledAt", instant(e.settledAt())).put("title", content.title())
                            .set("paragraphs", strings(content.paragraphs().stream()));
                });
            }
            for (PublishedBroadcast b : engine.broadcasts().broadcasts(tenant, program.id())) {
                for (Addressee a : engine.broadcasts().addressees(tenant, program.id(), b.broadcast().id())) {
                    if (a.person().equals(person)) {
                        broadcasts.addObject().put("program", programId).put("broadcast", b.broadcast().id().value())
                                .put("kind", b.broadcast().kind()).put("outcome", a.outcome().name())
                                .put("channel", a.channel() == null ? null : a.channel().name())
                                .put("catchUp", a.catchUp()).put("at", a.at().toString()).put("detail", a.detail());
                    }
                }
            }
        }
        for (PersonInvitation i : engine.invitations().invitationsOf(tenant, person)) {
            invitations.addObject().put("program", i.program().value()).put("wave", i.wave())
                    .put("answered", i.invitation().answered());
        }
        root.put("surveyResponses", "Survey answers are kept apart from identities and cannot be linked to anyone,"
                + " so they cannot be exported per person.");
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write the export of a person as JSON", e);
        }
    }

    private static ArrayNode strings(Stream<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static @Nullable String instant(@Nullable Instant at) {
        return at == null ? null : at.toString();
    }
}
