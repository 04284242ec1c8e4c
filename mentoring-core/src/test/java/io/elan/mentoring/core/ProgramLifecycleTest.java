package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.event.ProgramStatusChanged;
import io.elan.mentoring.core.program.Programs;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.program.CallStatus;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle state machine: allowed transitions, refusals with their messages, events and listeners. */
class ProgramLifecycleTest {

    private final EngineFixture fixture = new EngineFixture();
    private final Programs programs = fixture.acme().programs();

    /** Brings the spring program to a state through the public API, with one active pair from ENROLLING on. */
    private void bringTo(ProgramStatus state) {
        fixture.enrollingProgramWithPairs(1);
        switch (state) {
            case DRAFT -> throw new IllegalArgumentException("use a fresh definition for DRAFT");
            case ENROLLING -> { }
            case READY -> programs.markReady(SPRING);
            case RUNNING -> run();
            case CLOSING -> {
                run();
                programs.beginClosing(SPRING);
            }
            case CLOSED -> {
                run();
                programs.beginClosing(SPRING);
                programs.close(SPRING);
            }
            case SUSPENDED -> programs.suspend(SPRING);
            case CANCELLED -> programs.cancel(SPRING, "budget frozen");
        }
        assertThat(programs.get(SPRING).status()).isEqualTo(state);
        fixture.newEvents();
    }

    private void run() {
        programs.markReady(SPRING);
        fixture.clock.set(Instant.parse("2027-01-11T08:00:00Z"));
        programs.start(SPRING);
    }

    static Stream<Arguments> refusedTransitions() {
        return Stream.of(
                refused(ProgramStatus.READY, "open enrolment of", p -> p.openEnrolment(SPRING), "DRAFT"),
                refused(ProgramStatus.RUNNING, "mark ready", p -> p.markReady(SPRING), "ENROLLING"),
                refused(ProgramStatus.ENROLLING, "start", p -> p.start(SPRING), "READY"),
                refused(ProgramStatus.READY, "begin closing", p -> p.beginClosing(SPRING), "RUNNING"),
                refused(ProgramStatus.RUNNING, "close", p -> p.close(SPRING), "CLOSING"),
                refused(ProgramStatus.CLOSED, "suspend", p -> p.suspend(SPRING),
                        "ENROLLING, READY, RUNNING, CLOSING"),
                refused(ProgramStatus.RUNNING, "resume", p -> p.resume(SPRING), "SUSPENDED"),
                refused(ProgramStatus.CANCELLED, "start", p -> p.start(SPRING), "READY"),
                refused(ProgramStatus.CLOSED, "cancel", p -> p.cancel(SPRING, "too late"),
                        "DRAFT, ENROLLING, READY, RUNNING, CLOSING, SUSPENDED"));
    }

    private static Arguments refused(ProgramStatus from, String verb, Consumer<Programs> attempt, String allowed) {
        return Arguments.of(from, verb, attempt, "program spring-2027: cannot " + verb + " a program that is " + from
                + " (allowed from " + allowed + ")");
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("refusedTransitions")
    @DisplayName("a transition from a state that does not lead to it is refused, naming both, and stores nothing")
    void refusedTransition(ProgramStatus from, String verb, Consumer<Programs> attempt, String message) {
        bringTo(from);
        Program before = programs.get(SPRING);
        assertThatThrownBy(() -> attempt.accept(programs))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage(message);
        assertThat(programs.get(SPRING)).isEqualTo(before);
        assertThat(fixture.newEvents()).isEmpty();
    }

    @Test
    @DisplayName("a program without an active pair cannot be marked ready")
    void readyNeedsAnActivePair() {
        programs.define(EngineFixture.definition().build());
        programs.openEnrolment(SPRING);
        assertThatThrownBy(() -> programs.markReady(SPRING))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage("program spring-2027: cannot mark it ready: at least one active pair is needed,"
                        + " there is none");
    }

    @Test
    @DisplayName("a program whose pairs were all paused or ended cannot start")
    void startNeedsAnActivePair() {
        bringTo(ProgramStatus.READY);
        fixture.acme().pairs().pause(SPRING, PairId.of("pair-00001"));
        fixture.clock.set(Instant.parse("2027-01-11T08:00:00Z"));
        assertThatThrownBy(() -> programs.start(SPRING))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage("program spring-2027: cannot start: at least one active pair is needed, there is none");
        assertThat(programs.get(SPRING).status()).isEqualTo(ProgramStatus.READY);
    }

    @Test
    @DisplayName("a started program cannot be redefined")
    void noRedefinitionOnceStarted() {
        bringTo(ProgramStatus.RUNNING);
        assertThatThrownBy(() -> programs.redefine(EngineFixture.definition().mentorCapacity(3).build()))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage("program spring-2027: cannot redefine a program that is RUNNING: only DRAFT, ENROLLING"
                        + " or READY programs may change their definition");
    }

    @Test
    @DisplayName("a draft can be redefined, and the new definition is what is read back")
    void redefineADraft() {
        programs.define(EngineFixture.definition().build());
        programs.redefine(EngineFixture.definition().mentorCapacity(3).durationMonths(9).build());
        assertThat(programs.definition(SPRING).mentorCapacity()).isEqualTo(3);
        assertThat(programs.get(SPRING).closing()).isEqualTo(EngineFixture.KICK_OFF.plusMonths(9));
    }

    @Test
    @DisplayName("defining the same program twice returns it; another definition under the same id is refused")
    void defineIsIdempotentButNotOverwriting() {
        Program first = programs.define(EngineFixture.definition().build());
        assertThat(programs.define(EngineFixture.definition().build())).isEqualTo(first);
        assertThatThrownBy(() -> programs.define(EngineFixture.definition().name("Autre").build()))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage("program spring-2027: cannot define it: a program with this id already exists with"
                        + " another definition");
        assertThat(fixture.newEvents()).hasSize(1);
    }

    @Test
    @DisplayName("a transition already made returns the program unchanged and delivers no event")
    void transitionsAreIdempotent() {
        programs.define(EngineFixture.definition().build());
        Program enrolling = programs.openEnrolment(SPRING);
        fixture.newEvents();
        assertThat(programs.openEnrolment(SPRING)).isEqualTo(enrolling);
        assertThat(fixture.newEvents()).isEmpty();
    }

    @Test
    @DisplayName("a suspended program resumes to the state it was suspended from")
    void suspendAndResume() {
        bringTo(ProgramStatus.RUNNING);
        Program suspended = programs.suspend(SPRING);
        assertThat(suspended.status()).isEqualTo(ProgramStatus.SUSPENDED);
        assertThat(programs.phase(SPRING)).isEmpty();
        Program resumed = programs.resume(SPRING);
        assertThat(resumed.status()).isEqualTo(ProgramStatus.RUNNING);
        assertThat(resumed.settings()).doesNotContainKey("elan.lifecycle.suspendedFrom");
        assertThat(fixture.newEvents()).extracting(e -> ((ProgramStatusChanged) e).from() + ">"
                + ((ProgramStatusChanged) e).to()).containsExactly("RUNNING>SUSPENDED", "SUSPENDED>RUNNING");
    }

    @Test
    @DisplayName("cancelling a running program keeps the reason and cancels the planned follow-up calls")
    void cancel() {
        bringTo(ProgramStatus.RUNNING);
        Program cancelled = programs.cancel(SPRING, "budget frozen");
        assertThat(cancelled.status()).isEqualTo(ProgramStatus.CANCELLED);
        assertThat(cancelled.settings()).containsEntry("elan.lifecycle.cancelReason", "budget frozen");
        assertThat(fixture.acme().followUps().list(SPRING)).isNotEmpty()
                .allMatch(c -> c.status() == CallStatus.CANCELLED)
                .allMatch(c -> "program cancelled: budget frozen".equals(c.notes()));
    }

    @Test
    @DisplayName("every transition is a versioned save and its event carries the stored version")
    void eventsCarryTheStoredVersion() {
        bringTo(ProgramStatus.ENROLLING);
        long before = programs.get(SPRING).version();
        Program ready = programs.markReady(SPRING);
        assertThat(ready.version()).isEqualTo(before + 1);
        assertThat(fixture.store.findProgram(ACME, SPRING)).contains(ready);
        assertThat(fixture.newEvents()).singleElement().isEqualTo(new ProgramStatusChanged(ACME, SPRING,
                fixture.clock.instant(), ProgramStatus.ENROLLING, ProgramStatus.READY, ready.version()));
    }

    @Test
    @DisplayName("a listener that throws is logged: the change stays stored and later listeners still hear of it")
    void throwingListenerNeitherUndoesNorBlocks() {
        List<DomainEvent> heardAfter = new CopyOnWriteArrayList<>();
        EngineFixture withFailingListener = new EngineFixture(builder -> builder
                .listener(event -> {
                    throw new IllegalStateException("listener down");
                })
                .listener(heardAfter::add));
        // slf4j-simple, the tests' provider, writes to whatever System.err is at the time.
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        Program draft;
        Program enrolling;
        try {
            draft = withFailingListener.acme().programs().define(EngineFixture.definition().build());
            enrolling = withFailingListener.acme().programs().openEnrolment(SPRING);
        } finally {
            System.setErr(stderr);
        }
        assertThat(logged.toString(StandardCharsets.UTF_8))
                .contains("WARN io.elan.mentoring.core.internal.EventDispatcher - Listener")
                .contains("failed on ProgramStatusChanged[tenant=acme, program=spring-2027")
                .contains("java.lang.IllegalStateException: listener down");
        assertThat(enrolling.status()).isEqualTo(ProgramStatus.ENROLLING);
        assertThat(withFailingListener.store.findProgram(ACME, SPRING)).contains(enrolling);
        assertThat(heardAfter).hasSize(2);
        assertThat(draft.version()).isLessThan(enrolling.version());
    }

    @Test
    @DisplayName("the same person can mentor in one program and be mentored in another")
    void samePersonDifferentRoles() {
        bringTo(ProgramStatus.ENROLLING);
        fixture.person("senior");
        PersonId senior = id("senior");
        fixture.acme().participants().enrol(SPRING, Role.MENTOR, List.of(senior));
        programs.define(EngineFixture.definition().id("leaders-2027").name("Leaders").build());
        programs.openEnrolment(ProgramId.of("leaders-2027"));
        fixture.acme().participants().enrol(ProgramId.of("leaders-2027"),
                Role.MENTEE, List.of(senior));
        assertThat(fixture.store.findParticipant(ACME, SPRING, senior).orElseThrow().role())
                .isEqualTo(Role.MENTOR);
        assertThat(fixture.store.findParticipant(ACME, ProgramId.of("leaders-2027"), senior)
                .orElseThrow().role()).isEqualTo(Role.MENTEE);
    }
}
