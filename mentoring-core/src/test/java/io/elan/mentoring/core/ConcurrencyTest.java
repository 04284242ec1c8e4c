package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.event.PairFormed;
import io.elan.mentoring.core.event.ProgramStatusChanged;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
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

/**
 * Many threads changing one program at once on the in-memory store: no update is lost, no capacity exceeded, every
 * stored change is told to listeners exactly once. Each test repeats to give races a chance to show.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Runs the tasks together, released at once, and returns their results. */
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
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    private static EngineFixture enrolling(int capacity, int mentors, int mentees) {
        EngineFixture fixture = new EngineFixture(builder -> builder.versionConflictAttempts(100));
        fixture.acme().programs().define(EngineFixture.definition().mentorCapacity(capacity).build());
        fixture.acme().programs().openEnrolment(SPRING);
        List<PersonId> mentorIds = IntStream.rangeClosed(1, mentors).mapToObj(i -> "mentor-" + i)
                .peek(fixture::person).map(PersonId::of).toList();
        List<PersonId> menteeIds = IntStream.rangeClosed(1, mentees).mapToObj(i -> "mentee-" + i)
                .peek(fixture::person).map(PersonId::of).toList();
        fixture.acme().participants().enrol(SPRING, Role.MENTOR, mentorIds);
        fixture.acme().participants().enrol(SPRING, Role.MENTEE, menteeIds);
        fixture.newEvents();
        return fixture;
    }

    @RepeatedTest(5)
    @DisplayName("pairs formed by many threads at once are all stored, with distinct ids and one event each")
    void concurrentPairFormation() throws Exception {
        int pairs = 64;
        EngineFixture fixture = enrolling(1, pairs, pairs);
        List<Callable<Pair>> tasks = new ArrayList<>();
        for (int i = 1; i <= pairs; i++) {
            PersonId mentor = id("mentor-" + i);
            PersonId mentee = id("mentee-" + i);
            tasks.add(() -> fixture.acme().pairs().form(SPRING, mentor, mentee));
        }

        List<Pair> formed = together(tasks);

        List<Pair> stored = fixture.store.pairs(ACME, SPRING);
        assertThat(stored).hasSize(pairs);
        assertThat(formed).extracting(Pair::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(Pair::id).toList());
        assertThat(fixture.store.findProgram(ACME, SPRING).orElseThrow().settings())
                .containsEntry("elan.pairs.sequence", Integer.toString(pairs));
        assertThat(fixture.newEvents()).hasSize(pairs).allMatch(PairFormed.class::isInstance)
                .extracting(e -> ((PairFormed) e).pair()).doesNotHaveDuplicates();
    }

    @RepeatedTest(5)
    @DisplayName("many threads pairing one mentor at once never exceed the mentor's capacity")
    void capacityHoldsUnderContention() throws Exception {
        int capacity = 3;
        int mentees = 24;
        EngineFixture fixture = enrolling(capacity, 1, mentees);
        AtomicInteger refused = new AtomicInteger();
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 1; i <= mentees; i++) {
            PersonId mentee = id("mentee-" + i);
            tasks.add(() -> {
                try {
                    fixture.acme().pairs().form(SPRING, id("mentor-1"), mentee);
                    return true;
                } catch (RefusedOperationException e) {
                    assertThat(e).hasMessage("program spring-2027: cannot pair mentor mentor-1: capacity of 3"
                            + " mentees reached");
                    refused.incrementAndGet();
                    return false;
                }
            });
        }

        List<Boolean> results = together(tasks);

        assertThat(results).filteredOn(Boolean::booleanValue).hasSize(capacity);
        assertThat(refused).hasValue(mentees - capacity);
        assertThat(fixture.store.pairs(ACME, SPRING)).hasSize(capacity);
    }

    @RepeatedTest(5)
    @DisplayName("suspending and resuming while others form pairs loses neither the pairs nor the state")
    void transitionsAndPairsInterleave() throws Exception {
        int pairs = 32;
        EngineFixture fixture = enrolling(1, pairs, pairs);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 1; i <= pairs; i++) {
            PersonId mentor = id("mentor-" + i);
            PersonId mentee = id("mentee-" + i);
            tasks.add(() -> {
                // Pairs are refused while the program is suspended: the host tries again, as it would in life.
                while (true) {
                    try {
                        fixture.acme().pairs().form(SPRING, mentor, mentee);
                        return 1;
                    } catch (RefusedOperationException suspended) {
                        Thread.onSpinWait();
                    }
                }
            });
        }
        // One program manager suspends and resumes over and over while the pairs are being formed.
        tasks.add(() -> {
            for (int i = 0; i < 10; i++) {
                fixture.acme().programs().suspend(SPRING);
                fixture.acme().programs().resume(SPRING);
            }
            return 0;
        });

        together(tasks);

        assertThat(fixture.store.pairs(ACME, SPRING)).hasSize(pairs);
        assertThat(fixture.acme().programs().get(SPRING).status()).isEqualTo(ProgramStatus.ENROLLING);
        List<ProgramStatusChanged> transitions = fixture.newEvents().stream()
                .filter(ProgramStatusChanged.class::isInstance).map(ProgramStatusChanged.class::cast).toList();
        assertThat(transitions).as("ten suspensions, each followed by its resumption").hasSize(20)
                .extracting(ProgramStatusChanged::to)
                .containsOnly(ProgramStatus.SUSPENDED, ProgramStatus.ENROLLING);
        assertThat(transitions).extracting(ProgramStatusChanged::version).doesNotHaveDuplicates();
    }

    @RepeatedTest(3)
    @DisplayName("with retries turned off, conflicts are surfaced as VersionConflictException and nothing is lost")
    void conflictsSurfacedWithoutRetry() throws Exception {
        EngineFixture fixture = new EngineFixture(builder -> builder.versionConflictAttempts(1));
        fixture.acme().programs().define(EngineFixture.definition().mentorCapacity(50).build());
        fixture.acme().programs().openEnrolment(SPRING);
        int pairs = 40;
        List<PersonId> mentees = IntStream.rangeClosed(1, pairs).mapToObj(i -> "mentee-" + i)
                .peek(fixture::person).map(PersonId::of).toList();
        fixture.person("mentor");
        fixture.acme().participants().enrol(SPRING, Role.MENTOR, List.of(id("mentor")));
        fixture.acme().participants().enrol(SPRING, Role.MENTEE, mentees);
        List<Callable<PairId>> tasks = mentees.stream().<Callable<PairId>>map(mentee -> () -> {
            while (true) {
                try {
                    return fixture.acme().pairs().form(SPRING, id("mentor"), mentee).id();
                } catch (VersionConflictException surfaced) {
                    // The host's own retry: the engine was told not to.
                    Thread.onSpinWait();
                }
            }
        }).toList();

        List<PairId> ids = together(tasks);

        assertThat(ids).doesNotHaveDuplicates().hasSize(pairs);
        assertThat(fixture.store.pairs(ACME, SPRING)).hasSize(pairs);
    }
}
