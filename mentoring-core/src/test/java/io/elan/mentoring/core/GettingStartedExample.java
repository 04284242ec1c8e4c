package io.elan.mentoring.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.elan.mentoring.core.activity.PairActivity;
import io.elan.mentoring.core.json.ElanModule;
import io.elan.mentoring.core.memory.InMemoryActivityLog;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryOutbox;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.core.memory.InMemorySurveyResponseStore;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The code of {@code docs/getting-started.md}: {@link GettingStartedTest} runs it and checks the document quotes it
 * exactly, so the two cannot drift apart.
 */
final class GettingStartedExample {

    private GettingStartedExample() {}

    static Program run(List<DomainEvent> heard) throws Exception {
        // tag::example[]
        // Your ports: the in-memory ones here; in production your store, activity log, outbox, gateway, directory.
        TenantId acme = TenantId.of("acme");
        InMemoryPeopleDirectory directory = new InMemoryPeopleDirectory()
                .put(acme, Person.of(PersonId.of("marie"), "Marie Dupont"))
                .put(acme, Person.of(PersonId.of("lea"), "Léa Martin"));
        Clock clock = Clock.fixed(Instant.parse("2027-01-11T08:00:00Z"), ZoneOffset.UTC);

        Elan elan = Elan.builder()
                .programStore(new InMemoryProgramStore())
                .activityLog(new InMemoryActivityLog())
                .outbox(new InMemoryOutbox())
                .surveyResponses(new InMemorySurveyResponseStore())
                .messageGateway(new InMemoryMessageGateway(Channel.EMAIL))
                .peopleDirectory(directory)
                .clock(clock)
                .listener(heard::add)
                .build();

        // A definition in JSON, read with your own ObjectMapper: ten months and two follow-up calls by default.
        ObjectMapper mapper = new ObjectMapper().registerModule(new ElanModule());
        ProgramDefinition definition = mapper.readValue("""
                {"id": "spring-2027", "name": "Mentorat printemps 2027", "kickOff": "2027-01-11",
                 "zone": "Europe/Paris", "locale": "fr-FR", "mentorCapacity": 2}
                """, ProgramDefinition.class);

        TenantScope tenant = elan.tenant(acme);
        ProgramId spring = tenant.programs().define(definition).id();
        tenant.programs().openEnrolment(spring);
        tenant.enrolment().enrol(spring, Role.MENTOR, List.of(PersonId.of("marie")));
        tenant.enrolment().enrol(spring, Role.MENTEE, List.of(PersonId.of("lea")));
        Pair pair = tenant.pairs().form(spring, PersonId.of("marie"), PersonId.of("lea"));
        tenant.programs().markReady(spring);
        Program running = tenant.programs().start(spring);

        // What pairs report goes to the activity log once, however often it is reported. The receipt says what became
        // of each report: a meeting dated after the clock would be refused as DATED_IN_THE_FUTURE, not counted.
        tenant.activity().reportPairActivity(spring,
                List.of(PairActivity.meeting(pair.id(), Instant.parse("2027-01-11T07:30:00Z"))));
        // end::example[]
        return running;
    }
}
