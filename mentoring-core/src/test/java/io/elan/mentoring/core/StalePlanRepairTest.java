package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointStatus;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two pairs formed at once, in the one order that defeats a calendar that trusts what was recorded: the caller forming
 * the first pair reads the pairs before the second is saved, then reads the touchpoints after the second pair's calls
 * were stored, and so cancels them as calls of no pair; the caller forming the second pair records its plan after the
 * first caller found its own plan stale. The first caller's retry must compare with what is stored and bring the
 * second pair's calls back, rather than trust the plan the second caller recorded.
 */
class StalePlanRepairTest {
    private static final String CALLS_PLANNED = "elan.calendar.calls";
    private static final long WAIT_SECONDS = 30;

    private final InMemoryProgramStore memory = new InMemoryProgramStore();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    /** The first caller has read the pairs, without the second pair. */
    private final CountDownLatch firstReadPairs = new CountDownLatch(1);
    /** The second caller has stored its calls and is about to record its plan. */
    private final CountDownLatch secondStoredCalls = new CountDownLatch(1);
    /** The first caller found its plan stale and cleared the recorded one. */
    private final CountDownLatch firstCleared = new CountDownLatch(1);
    /** The second caller recorded its plan. */
    private final CountDownLatch secondRecorded = new CountDownLatch(1);

    private volatile Thread first;
    private volatile Thread second;
    private final AtomicBoolean firstSavedItsPair = new AtomicBoolean();
    private final AtomicBoolean firstHeldAfterReading = new AtomicBoolean();
    private final AtomicBoolean secondHeldBeforeRecording = new AtomicBoolean();

    private final ProgramStore store = (ProgramStore) Proxy.newProxyInstance(ProgramStore.class.getClassLoader(),
            new Class<?>[] {ProgramStore.class}, (proxy, method, args) -> {
                Thread caller = Thread.currentThread();
                String name = method.getName();
                boolean recording = name.equals("saveProgram") && changesPlannedCalls((Program) args[0]);
                if (caller == second && recording && secondHeldBeforeRecording.compareAndSet(false, true)) {
                    secondStoredCalls.countDown();
                    await(firstCleared);
                }
                Object result;
                try {
                    result = method.invoke(memory, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                if (caller == first && name.equals("savePair")) {
                    firstSavedItsPair.set(true);
                }
                if (caller == first && name.equals("pairs") && firstSavedItsPair.get()
                        && firstHeldAfterReading.compareAndSet(false, true)) {
                    firstReadPairs.countDown();
                    await(secondStoredCalls);
                }
                if (caller == first && recording && "".equals(((Program) args[0]).settings().get(CALLS_PLANNED))) {
                    firstCleared.countDown();
                    await(secondRecorded);
                }
                if (caller == second && recording && secondHeldBeforeRecording.get()) {
                    secondRecorded.countDown();
                }
                return result;
            });

    private final EngineFixture fixture = new EngineFixture(store, null, builder -> { });

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Whether a save of the program changes the plan of calls it records. */
    private boolean changesPlannedCalls(Program saved) {
        String stored = memory.findProgram(ACME, SPRING).map(p -> p.settings().get(CALLS_PLANNED)).orElse(null);
        return !Objects.equals(stored, saved.settings().get(CALLS_PLANNED));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the other caller reached its step").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("a caller that planned from a stale list of pairs repairs the calls it cancelled, even when another"
            + " caller recorded its plan meanwhile")
    void staleCancellationIsRepaired() throws Exception {
        fixture.enrollingProgramWithPairs(2);
        fixture.clock.set(Instant.parse("2027-01-04T08:00:00Z"));
        fixture.acme().calendar().plan(SPRING);
        fixture.person("mentor-3").person("mentee-3").person("mentor-4").person("mentee-4");
        fixture.acme().participants().enrol(SPRING, Role.MENTOR, List.of(id("mentor-3"), id("mentor-4")));
        fixture.acme().participants().enrol(SPRING, Role.MENTEE, List.of(id("mentee-3"), id("mentee-4")));

        Future<Pair> third = pool.submit(() -> {
            first = Thread.currentThread();
            return fixture.acme().pairs().form(SPRING, id("mentor-3"), id("mentee-3"));
        });
        Future<Pair> fourth = pool.submit(() -> {
            second = Thread.currentThread();
            await(firstReadPairs);
            return fixture.acme().pairs().form(SPRING, id("mentor-4"), id("mentee-4"));
        });
        third.get(WAIT_SECONDS * 2, TimeUnit.SECONDS);
        fourth.get(WAIT_SECONDS * 2, TimeUnit.SECONDS);

        assertThat(firstHeldAfterReading).as("the first caller read the pairs before the second pair").isTrue();
        assertThat(secondHeldBeforeRecording).as("the second caller recorded after the first cleared").isTrue();
        List<Touchpoint> calls = memory.touchpoints(ACME, SPRING).stream()
                .filter(t -> t.format() == Format.CHECKPOINT_CALL).toList();
        assertThat(calls).as("each of the four pairs' calls, planned").hasSize(2 * 4)
                .allSatisfy(call -> assertThat(call.status()).as(call.id().value())
                        .isEqualTo(TouchpointStatus.PLANNED));
        assertThat(fixture.acme().calendar().plan(SPRING).changed()).isFalse();
    }
}
