package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.calendar.CalendarUpdate;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.program.TouchpointStatus;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Calendars planned from several threads and several engines sharing one store: each touchpoint is stored once, a
 * write that meets another writer's is retried on fresh state, and the calendar ends in line with every pair.
 */
class CalendarConcurrencyTest {
    private static final int THREADS = 8;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                gate.await();
                return task.call();
            }));
        }
        gate.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    private static Elan engine(ProgramStore store, InMemoryPeopleDirectory people, MutableClock clock) {
        return EngineFixture.builderOver(store)
                .messageGateway(new InMemoryMessageGateway(Channel.EMAIL)).peopleDirectory(people).clock(clock)
                .versionConflictAttempts(100).build();
    }

    @RepeatedTest(3)
    @DisplayName("engines on several nodes planning one program at once store each touchpoint once")
    void nodesPlanTogether() throws Exception {
        InMemoryProgramStore store = new InMemoryProgramStore();
        InMemoryPeopleDirectory people = new InMemoryPeopleDirectory();
        MutableClock clock = new MutableClock(Instant.parse("2027-01-04T08:00:00Z"));
        List<Elan> nodes = IntStream.range(0, 4).mapToObj(i -> engine(store, people, clock)).toList();
        nodes.get(0).tenant(ACME).programs().define(EngineFixture.definition().build());

        List<CalendarUpdate> updates = together(nodes.stream().<Callable<CalendarUpdate>>map(node ->
                () -> node.tenant(ACME).calendar().plan(SPRING)).toList());

        List<Touchpoint> stored = store.touchpoints(ACME, SPRING);
        assertThat(stored).hasSameSizeAs(updates.get(0).calendar().touchpoints()).allSatisfy(t -> {
            assertThat(t.version()).isEqualTo(1);
            assertThat(t.status()).isEqualTo(TouchpointStatus.PLANNED);
        });
        for (CalendarUpdate update : updates) {
            assertThat(update.calendar()).isEqualTo(updates.get(0).calendar());
        }
        assertThat(nodes.get(3).tenant(ACME).calendar().plan(SPRING).changed()).isFalse();
    }

    @RepeatedTest(3)
    @DisplayName("pairs formed by many threads after planning all end with their own calls, none cancelled")
    void pairsFormedTogether() throws Exception {
        int pairs = 16;
        EngineFixture fixture = new EngineFixture(builder -> builder.versionConflictAttempts(100));
        fixture.acme().programs().define(EngineFixture.definition().build());
        fixture.acme().programs().openEnrolment(SPRING);
        List<PersonId> mentors = IntStream.rangeClosed(1, pairs).mapToObj(i -> "mentor-" + i)
                .peek(fixture::person).map(PersonId::of).toList();
        List<PersonId> mentees = IntStream.rangeClosed(1, pairs).mapToObj(i -> "mentee-" + i)
                .peek(fixture::person).map(PersonId::of).toList();
        fixture.acme().participants().enrol(SPRING, Role.MENTOR, mentors);
        fixture.acme().participants().enrol(SPRING, Role.MENTEE, mentees);
        fixture.acme().calendar().plan(SPRING);

        List<Callable<Pair>> tasks = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            PersonId mentor = mentors.get(i);
            PersonId mentee = mentees.get(i);
            tasks.add(() -> fixture.acme().pairs().form(SPRING, mentor, mentee));
        }
        together(tasks);

        List<Touchpoint> calls = fixture.store.touchpoints(ACME, SPRING).stream()
                .filter(t -> t.format() == Format.CHECKPOINT_CALL).toList();
        assertThat(calls).hasSize(2 * pairs).allSatisfy(t -> assertThat(t.status())
                .isEqualTo(TouchpointStatus.PLANNED));
        assertThat(calls).extracting(Touchpoint::start).doesNotHaveDuplicates();
        assertThat(fixture.acme().calendar().plan(SPRING).changed()).isFalse();
    }

    @Test
    @DisplayName("a touchpoint another writer changed between the engine's read and its write is written again")
    void conflictRetried() {
        InMemoryProgramStore memory = new InMemoryProgramStore();
        AtomicInteger interferences = new AtomicInteger(2);
        AtomicInteger closingSaves = new AtomicInteger();
        TouchpointId closing = TouchpointId.of("closing");
        ProgramStore contended = (ProgramStore) Proxy.newProxyInstance(ProgramStore.class.getClassLoader(),
                new Class<?>[] {ProgramStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("saveTouchpoint") && ((Touchpoint) args[1]).id().equals(closing)
                            && ((Touchpoint) args[1]).version() > 0) {
                        closingSaves.incrementAndGet();
                        if (interferences.getAndDecrement() > 0) {
                            // Another node's write lands first: the stored version moves on.
                            Touchpoint current = memory.findTouchpoint(ACME, SPRING, closing).orElseThrow();
                            memory.saveTouchpoint(ACME, current);
                        }
                    }
                    try {
                        return method.invoke(memory, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        InMemoryPeopleDirectory people = new InMemoryPeopleDirectory();
        people.put(ACME, Person.of(id("mentor-1"), "Mentor"));
        MutableClock clock = new MutableClock(Instant.parse("2027-01-04T08:00:00Z"));
        Elan elan = engine(contended, people, clock);
        elan.tenant(ACME).programs().define(EngineFixture.definition().build());
        elan.tenant(ACME).calendar().plan(SPRING);

        CalendarUpdate update = elan.tenant(ACME).calendar().reschedule(SPRING, EngineFixture.KICK_OFF,
                LocalDate.of(2027, 11, 25));

        assertThat(closingSaves).hasValue(3);
        Touchpoint stored = memory.findTouchpoint(ACME, SPRING, closing).orElseThrow();
        assertThat(stored.start()).isEqualTo(update.calendar().find("closing").orElseThrow().start().toInstant());
        assertThat(stored.version()).isEqualTo(4);
        assertThat(update.calendar().find("closing").orElseThrow().sequence()).isEqualTo(3);
    }
}
