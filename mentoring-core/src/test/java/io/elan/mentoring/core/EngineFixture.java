package io.elan.mentoring.core;

import io.elan.mentoring.core.memory.InMemoryActivityLog;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryOutbox;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.core.memory.InMemoryStores;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.core.survey.SurveyLinks;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.survey.collection.InMemoryWaveSecrets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An engine on in-memory stores (an outbox and a gateway for e-mail and WhatsApp the tests read), a hand-moved clock, a
 * counting directory and a listener recording every event.
 */
final class EngineFixture {

    static final TenantId ACME = TenantId.of("acme");
    static final ProgramId SPRING = ProgramId.of("spring-2027");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A Monday. */
    static final LocalDate KICK_OFF = LocalDate.of(2027, 1, 11);

    final MutableClock clock = new MutableClock(Instant.parse("2027-01-04T08:00:00Z"));
    final InMemoryStores stores = new InMemoryStores();
    final InMemoryProgramStore store = stores.programStore();
    final InMemoryActivityLog activityLog = stores.activityLog();
    final InMemoryOutbox outbox = stores.outbox();
    final InMemoryMessageGateway gateway = new InMemoryMessageGateway(Channel.EMAIL, Channel.WHATSAPP);
    final InMemoryPeopleDirectory people = new InMemoryPeopleDirectory();
    final CountingDirectory directory = new CountingDirectory(people);
    final InMemoryWaveSecrets waveSecrets = new InMemoryWaveSecrets();
    final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private int seen;
    final Elan elan;

    EngineFixture() {
        this(builder -> {});
    }

    EngineFixture(Consumer<Elan.Builder> customize) {
        this(null, null, customize);
    }

    /**
     * @param otherProgramStore a program store to use instead of the in-memory one, if any
     * @param otherGateway the gateway to send through instead of the fixture's own, if any
     * @param customize what a test changes in the engine
     */
    EngineFixture(@Nullable ProgramStore otherProgramStore, @Nullable MessageGateway otherGateway,
            Consumer<Elan.Builder> customize) {
        Elan.Builder builder = Elan.builder();
        if (otherProgramStore == null) {
            builder.stores(stores);
        } else {
            builder.programStore(otherProgramStore).activityLog(activityLog).outbox(outbox)
                    .broadcastLog(stores.broadcastLog()).surveyResponseStore(stores.surveyResponseStore())
                    .tokenRegistry(stores.tokenRegistry()).releaseLedger(stores.releaseLedger())
                    .waveDefinitionStore(stores.waveDefinitionStore());
        }
        builder.waveSecrets(waveSecrets)
                .surveyLinks(SurveyLinks.template("https://hr.example/surveys/{token}"))
                .messageGateway(otherGateway == null ? gateway : otherGateway)
                .peopleDirectory(directory)
                .clock(clock)
                .listener(events::add);
        customize.accept(builder);
        elan = builder.build();
    }

    /**
     * @param programStore a program store
     * @return a builder over that program store, every other storage port in memory and fresh, wave secrets in memory
     *     and survey links to an example page; the gateway, directory and clock are left to set
     */
    static Elan.Builder builderOver(ProgramStore programStore) {
        InMemoryStores memory = new InMemoryStores();
        return Elan.builder().programStore(programStore).activityLog(memory.activityLog()).outbox(memory.outbox())
                .broadcastLog(memory.broadcastLog()).surveyResponseStore(memory.surveyResponseStore())
                .tokenRegistry(memory.tokenRegistry()).releaseLedger(memory.releaseLedger())
                .waveDefinitionStore(memory.waveDefinitionStore()).waveSecrets(new InMemoryWaveSecrets())
                .surveyLinks(SurveyLinks.template("https://hr.example/surveys/{token}"));
    }

    /**
     * @param otherGateway the second node's gateway
     * @return another engine over the same stores, wave secrets, directory and clock, as a second node would be
     */
    Elan anotherNode(MessageGateway otherGateway) {
        return Elan.builder().stores(stores).waveSecrets(waveSecrets)
                .surveyLinks(SurveyLinks.template("https://hr.example/surveys/{token}")).messageGateway(otherGateway)
                .peopleDirectory(directory).clock(clock).build();
    }

    TenantScope acme() {
        return elan.tenant(ACME);
    }

    static ProgramDefinition.Builder definition() {
        return ProgramDefinition.builder().id(SPRING).name("Mentorat printemps 2027").kickOff(KICK_OFF).zone(PARIS);
    }

    EngineFixture person(String id) {
        people.put(ACME, Person.of(PersonId.of(id), "Person " + id).toBuilder().email(id + "@acme.example").build());
        return this;
    }

    EngineFixture leaver(String id) {
        people.put(ACME, Person.of(PersonId.of(id), "Person " + id).toBuilder().active(false).build());
        return this;
    }

    /** Defines the spring program, opens enrolment, enrols and pairs the given mentors and mentees one to one. */
    void enrollingProgramWithPairs(int pairs) {
        acme().programs().define(definition().build());
        acme().programs().openEnrolment(SPRING);
        List<PersonId> mentors = new ArrayList<>();
        List<PersonId> mentees = new ArrayList<>();
        for (int i = 1; i <= pairs; i++) {
            person("mentor-" + i).person("mentee-" + i);
            mentors.add(PersonId.of("mentor-" + i));
            mentees.add(PersonId.of("mentee-" + i));
        }
        acme().participants().enrol(SPRING, Role.MENTOR, mentors);
        acme().participants().enrol(SPRING, Role.MENTEE, mentees);
        for (int i = 0; i < pairs; i++) {
            acme().pairs().form(SPRING, mentors.get(i), mentees.get(i));
        }
    }

    /** @return the events delivered since the last call */
    List<DomainEvent> newEvents() {
        List<DomainEvent> fresh = List.copyOf(events.subList(seen, events.size()));
        seen = events.size();
        return fresh;
    }

    List<ActivityEvent> activity() {
        try (Stream<ActivityEvent> all = activityLog.events(ACME, SPRING, Instant.EPOCH,
                Instant.parse("2100-01-01T00:00:00Z"))) {
            return all.toList();
        }
    }

    static PersonId id(String value) {
        return PersonId.of(value);
    }
}
