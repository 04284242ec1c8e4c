package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.elan.mentoring.core.event.PairFormed;
import io.elan.mentoring.core.event.PairStatusChanged;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Role;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Another caller changes the pairs exactly between a rule's read and its write, or a caller fails half-way through a
 * change of pairs: the rules still hold, and a re-match ends its pair and forms the replacement, or does neither.
 */
class InterleavedPairChangesTest {

    private final InMemoryProgramStore memory = new InMemoryProgramStore();
    /** Runs once, just before the next call of the store method it names. */
    private final AtomicReference<String> armedMethod = new AtomicReference<>();
    private final AtomicReference<Runnable> interference = new AtomicReference<>();

    private final ProgramStore store = (ProgramStore) Proxy.newProxyInstance(ProgramStore.class.getClassLoader(),
            new Class<?>[] {ProgramStore.class}, (proxy, method, args) -> {
                if (method.getName().equals(armedMethod.get())) {
                    armedMethod.set(null);
                    interference.getAndSet(null).run();
                }
                try {
                    return method.invoke(memory, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });

    private final EngineFixture fixture = new EngineFixture(store, null, builder -> { });

    private void before(String storeMethod, Runnable otherCaller) {
        interference.set(otherCaller);
        armedMethod.set(storeMethod);
    }

    private Pair onlyPair() {
        fixture.enrollingProgramWithPairs(1);
        fixture.clock.set(Instant.parse("2027-01-11T08:00:00Z"));
        return memory.pairs(ACME, SPRING).get(0);
    }

    @Test
    @DisplayName("the last pair ended after start read the pairs, before it saves: start checks again and refuses")
    void startSeesThePairEndedMeanwhile() {
        Pair pair = onlyPair();
        fixture.acme().programs().markReady(SPRING);
        before("saveProgram", () -> fixture.acme().pairs().end(SPRING, pair.id(), "mentee left"));

        assertThatThrownBy(() -> fixture.acme().programs().start(SPRING))
                .hasMessage("program spring-2027: cannot start: at least one active pair is needed, there is none");

        assertThat(memory.findProgram(ACME, SPRING).orElseThrow().status()).isEqualTo(ProgramStatus.READY);
        assertThat(memory.findPair(ACME, SPRING, pair.id()).orElseThrow().status()).isEqualTo(PairStatus.ENDED);
    }

    @Test
    @DisplayName("the last pair paused after markReady read the pairs, before it saves: markReady checks again and"
            + " refuses")
    void markReadySeesThePairPausedMeanwhile() {
        Pair pair = onlyPair();
        before("saveProgram", () -> fixture.acme().pairs().pause(SPRING, pair.id()));

        assertThatThrownBy(() -> fixture.acme().programs().markReady(SPRING))
                .hasMessage("program spring-2027: cannot mark it ready: at least one active pair is needed, there is"
                        + " none");
        assertThat(memory.findProgram(ACME, SPRING).orElseThrow().status()).isEqualTo(ProgramStatus.ENROLLING);
    }

    @Test
    @DisplayName("the program cancelled after an end read it, before the end saves: the end checks again and"
            + " refuses")
    void pairChangeSeesTheProgramCancelledMeanwhile() {
        Pair pair = onlyPair();
        before("findPair", () -> fixture.acme().programs().cancel(SPRING, "budget frozen"));

        assertThatThrownBy(() -> fixture.acme().pairs().end(SPRING, pair.id(), "mentee left"))
                .hasMessage("pair " + pair.id() + ": cannot change a pair of a program that is CANCELLED");
        assertThat(memory.findPair(ACME, SPRING, pair.id()).orElseThrow().status()).isEqualTo(PairStatus.ACTIVE);
    }

    @Test
    @DisplayName("the new mentor taken after a re-match counted their mentees, before it saves: the re-match checks"
            + " again, refuses, and leaves the old pair as it was")
    void rematchSeesTheMentorTakenMeanwhile() {
        Pair pair = onlyPair();
        fixture.person("mentor-2").person("mentee-2");
        fixture.acme().participants().enrol(SPRING, Role.MENTOR, List.of(id("mentor-2")));
        fixture.acme().participants().enrol(SPRING, Role.MENTEE, List.of(id("mentee-2")));
        before("saveProgram", () -> fixture.acme().pairs().form(SPRING, id("mentor-2"), id("mentee-2")));

        assertThatThrownBy(() -> fixture.acme().pairs().rematch(SPRING, pair.id(), id("mentor-2"), "no chemistry"))
                .hasMessage("program spring-2027: cannot pair mentor mentor-2: capacity of 1 mentee reached");

        assertThat(memory.pairs(ACME, SPRING)).extracting(Pair::id, Pair::status).containsExactly(
                tuple(pair.id(), PairStatus.ACTIVE),
                tuple(PairId.of("pair-00002"), PairStatus.ACTIVE));
    }

    @Test
    @DisplayName("a re-match whose caller fails once it is recorded is completed by the next caller: the old pair"
            + " ends and the replacement is formed, each told once")
    void halfDoneRematchIsCompleted() {
        Pair pair = onlyPair();
        fixture.person("mentor-2");
        fixture.acme().participants().enrol(SPRING, Role.MENTOR, List.of(id("mentor-2")));
        fixture.newEvents();
        before("savePair", () -> {
            throw new StoreException("connection lost", true, new SQLException("connection reset"));
        });

        assertThatThrownBy(() -> fixture.acme().pairs().rematch(SPRING, pair.id(), id("mentor-2"), "no chemistry"))
                .isInstanceOf(StoreException.class);
        assertThat(fixture.newEvents()).isEmpty();

        fixture.acme().programs().markReady(SPRING);

        assertThat(memory.pairs(ACME, SPRING)).extracting(Pair::id, Pair::mentor, Pair::status).containsExactly(
                tuple(pair.id(), id("mentor-1"), PairStatus.ENDED),
                tuple(PairId.of("pair-00002"), id("mentor-2"), PairStatus.ACTIVE));
        Instant now = fixture.clock.instant();
        assertThat(fixture.newEvents()).startsWith(
                new PairStatusChanged(ACME, SPRING, now, pair.id(), PairStatus.ACTIVE, PairStatus.ENDED,
                        "no chemistry"),
                new PairFormed(ACME, SPRING, now, PairId.of("pair-00002"), id("mentor-2"), id("mentee-1")));

        // Completing again stores nothing twice.
        fixture.acme().pairs().pause(SPRING, PairId.of("pair-00002"));
        assertThat(fixture.newEvents()).containsExactly(new PairStatusChanged(ACME, SPRING, now,
                PairId.of("pair-00002"), PairStatus.ACTIVE, PairStatus.PAUSED, null));
    }
}
