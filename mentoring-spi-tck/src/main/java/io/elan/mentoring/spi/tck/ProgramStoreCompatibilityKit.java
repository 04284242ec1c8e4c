package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.T0;
import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.KitFixtures.pair;
import static io.elan.mentoring.spi.tck.KitFixtures.participant;
import static io.elan.mentoring.spi.tck.KitFixtures.program;
import static io.elan.mentoring.spi.tck.KitFixtures.webinar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.CheckpointCall;
import io.elan.mentoring.spi.program.CheckpointCallId;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.ParticipantStatus;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.program.TouchpointStatus;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ProgramStore}. Extend it, return your store from {@link #store()}, and run it with your tests:
 *
 * <pre>{@code
 * class MyProgramStoreCompatibilityTest extends ProgramStoreCompatibilityKit {
 *     private final MyProgramStore store = new MyProgramStore(...);
 *     @Override protected ProgramStore store() { return store; }
 * }
 * }</pre>
 *
 * Every test works in tenants of its own ({@link KitFixtures#freshTenant()}), so one store may serve every test.
 */
public abstract class ProgramStoreCompatibilityKit {

    /**
     * @return the store under test; may be the same instance on every call
     */
    protected abstract ProgramStore store();

    private final TenantId tenant = freshTenant();

    private Program created(String id) {
        return store().saveProgram(program(tenant, id));
    }

    @Nested
    @DisplayName("programs")
    class Programs {
        @Test
        @DisplayName("a new program is stored with version 1 and found by id")
        void createAndFind() {
            Program saved = created("p1");
            assertThat(saved.version()).isEqualTo(1);
            assertThat(saved).isEqualTo(program(tenant, "p1").withVersion(1));
            assertThat(store().findProgram(tenant, ProgramId.of("p1"))).contains(saved);
        }

        @Test
        @DisplayName("an unknown program is not found")
        void unknown() {
            assertThat(store().findProgram(tenant, ProgramId.of("nope"))).isEmpty();
        }

        @Test
        @DisplayName("a save based on the stored version replaces it and increments the version")
        void update() {
            Program saved = created("p1");
            Program updated = store().saveProgram(saved.withStatus(ProgramStatus.ENROLLING));
            assertThat(updated.version()).isEqualTo(2);
            assertThat(updated.status()).isEqualTo(ProgramStatus.ENROLLING);
            assertThat(store().findProgram(tenant, saved.id())).contains(updated);
        }

        @Test
        @DisplayName("a save based on a stale version fails with a version conflict and stores nothing")
        void staleUpdate() {
            Program v1 = created("p1");
            Program v2 = store().saveProgram(v1.withStatus(ProgramStatus.ENROLLING));
            assertThatThrownBy(() -> store().saveProgram(v1.withStatus(ProgramStatus.CANCELLED)))
                    .isInstanceOf(VersionConflictException.class)
                    .satisfies(e -> {
                        VersionConflictException c = (VersionConflictException) e;
                        assertThat(c.expectedVersion()).isEqualTo(1);
                        assertThat(c.actualVersion()).isEqualTo(2);
                    });
            assertThat(store().findProgram(tenant, v1.id())).contains(v2);
        }

        @Test
        @DisplayName("creating a program that already exists fails with a version conflict")
        void duplicateCreate() {
            Program v1 = created("p1");
            assertThatThrownBy(() -> store().saveProgram(program(tenant, "p1").toBuilder().name("Other").build()))
                    .isInstanceOf(VersionConflictException.class);
            assertThat(store().findProgram(tenant, v1.id())).contains(v1);
        }

        @Test
        @DisplayName("updating a program that was never created fails with a version conflict")
        void updateMissing() {
            assertThatThrownBy(() -> store().saveProgram(program(tenant, "ghost").withVersion(3)))
                    .isInstanceOf(VersionConflictException.class);
            assertThat(store().findProgram(tenant, ProgramId.of("ghost"))).isEmpty();
        }

        @Test
        @DisplayName("a tenant's programs are listed by id")
        void listed() {
            created("b");
            created("c");
            created("a");
            assertThat(store().programs(tenant)).extracting(p -> p.id().value()).containsExactly("a", "b", "c");
        }

        @Test
        @DisplayName("every field of a program survives the round trip, including non-Latin text")
        void roundTrip() {
            Program p = program(tenant, "round").toBuilder()
                    .name("Élan « 2026 » — 導師計畫 🚀 'quoted' \"double\"")
                    .zone("America/St_Johns")
                    .locale(java.util.Locale.forLanguageTag("pt-BR"))
                    .kickOff(LocalDate.of(2026, 1, 31))
                    .closing(LocalDate.of(2026, 12, 31))
                    .status(ProgramStatus.SUSPENDED)
                    .settings(Map.of("capacity.menteesPerMentor", "2", "followUp.calls", "P2M,P7M",
                            "note", "« quoted » 'text' ; with = signs"))
                    .build();
            Program saved = store().saveProgram(p);
            assertThat(store().findProgram(tenant, p.id())).contains(p.withVersion(1)).contains(saved);
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation {
        private final TenantId other = freshTenant();

        @Test
        @DisplayName("a program of another tenant is neither found nor listed")
        void invisible() {
            created("p1");
            assertThat(store().findProgram(other, ProgramId.of("p1"))).isEmpty();
            assertThat(store().programs(other)).isEmpty();
        }

        @Test
        @DisplayName("two tenants may use the same program id without meeting")
        void sameIds() {
            Program mine = created("shared");
            Program theirs = store().saveProgram(program(other, "shared").toBuilder().name("Theirs").build());
            assertThat(theirs.version()).isEqualTo(1);
            assertThat(store().findProgram(tenant, mine.id())).contains(mine);
            assertThat(store().findProgram(other, mine.id())).contains(theirs);
        }

        @Test
        @DisplayName("participants, pairs, touchpoints and attendance of another tenant are invisible")
        void childrenInvisible() {
            Program p = created("p1");
            store().saveProgram(program(other, "p1"));
            store().saveParticipant(tenant, participant(p.id(), "alice", Role.MENTOR));
            store().savePair(tenant, pair(p.id(), "pair-1", "alice", "bob"));
            Touchpoint t = store().saveTouchpoint(tenant, webinar(p.id(), "t1", T0));
            store().recordAttendance(tenant,
                    new Attendance(p.id(), t.id(), PersonId.of("alice"), AttendanceStatus.ATTENDED, T0));

            assertThat(store().participants(other, p.id())).isEmpty();
            assertThat(store().findParticipant(other, p.id(), PersonId.of("alice"))).isEmpty();
            assertThat(store().pairs(other, p.id())).isEmpty();
            assertThat(store().findPair(other, p.id(), PairId.of("pair-1"))).isEmpty();
            assertThat(store().touchpoints(other, p.id())).isEmpty();
            assertThat(store().findTouchpoint(other, p.id(), t.id())).isEmpty();
            assertThat(store().attendance(other, p.id(), t.id())).isEmpty();
        }

        @Test
        @DisplayName("nothing can be attached to a program that exists only in another tenant")
        void attachAcrossTenants() {
            Program p = created("p1");
            assertThatThrownBy(() -> store().saveParticipant(other, participant(p.id(), "eve", Role.MENTEE)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> store().savePair(other, pair(p.id(), "x", "eve", "mallory")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> store().saveTouchpoint(other, webinar(p.id(), "t", T0)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(store().participants(tenant, p.id())).isEmpty();
            assertThat(store().pairs(tenant, p.id())).isEmpty();
            assertThat(store().touchpoints(tenant, p.id())).isEmpty();
        }
    }

    @Nested
    @DisplayName("participants")
    class Participants {
        @Test
        @DisplayName("a participant is stored with version 1, found by program and person, and listed by person id")
        void createFindList() {
            Program p = created("p1");
            Participant bob = store().saveParticipant(tenant, participant(p.id(), "bob", Role.MENTEE));
            store().saveParticipant(tenant, participant(p.id(), "alice", Role.MENTOR));
            assertThat(bob.version()).isEqualTo(1);
            assertThat(store().findParticipant(tenant, p.id(), PersonId.of("bob"))).contains(bob);
            assertThat(store().participants(tenant, p.id())).extracting(x -> x.person().value())
                    .containsExactly("alice", "bob");
        }

        @Test
        @DisplayName("every field of a participant survives the round trip")
        void roundTrip() {
            Program p = created("p1");
            Participant rich = participant(p.id(), "zoë", Role.MENTOR).toBuilder()
                    .preferredChannel(io.elan.mentoring.spi.messaging.Channel.of("teams"))
                    .locale(java.util.Locale.forLanguageTag("de-CH"))
                    .zone("Asia/Kolkata")
                    .status(ParticipantStatus.LEFT)
                    .optOuts(Set.of("monthly-message", "nudge"))
                    .build();
            store().saveParticipant(tenant, rich);
            assertThat(store().findParticipant(tenant, p.id(), rich.person())).contains(rich.withVersion(1));
        }

        @Test
        @DisplayName("the same person may be a mentor in one program and a mentee in another")
        void twoPrograms() {
            Program p1 = created("p1");
            Program p2 = created("p2");
            store().saveParticipant(tenant, participant(p1.id(), "alice", Role.MENTOR));
            store().saveParticipant(tenant, participant(p2.id(), "alice", Role.MENTEE));
            assertThat(store().findParticipant(tenant, p1.id(), PersonId.of("alice"))).get()
                    .extracting(Participant::role).isEqualTo(Role.MENTOR);
            assertThat(store().findParticipant(tenant, p2.id(), PersonId.of("alice"))).get()
                    .extracting(Participant::role).isEqualTo(Role.MENTEE);
        }

        @Test
        @DisplayName("a stale participant update fails with a version conflict and stores nothing")
        void stale() {
            Program p = created("p1");
            Participant v1 = store().saveParticipant(tenant, participant(p.id(), "bob", Role.MENTEE));
            Participant v2 = store().saveParticipant(tenant, v1.toBuilder().status(ParticipantStatus.LEFT).build());
            assertThat(v2.version()).isEqualTo(2);
            assertThatThrownBy(() -> store().saveParticipant(tenant,
                    v1.toBuilder().status(ParticipantStatus.WITHDRAWN).build()))
                    .isInstanceOf(VersionConflictException.class);
            assertThatThrownBy(() -> store().saveParticipant(tenant, participant(p.id(), "bob", Role.MENTOR)))
                    .isInstanceOf(VersionConflictException.class);
            assertThat(store().findParticipant(tenant, p.id(), PersonId.of("bob"))).contains(v2);
        }

        @Test
        @DisplayName("participants of an unknown program cannot be saved and list as empty")
        void unknownProgram() {
            assertThatThrownBy(() -> store().saveParticipant(tenant, participant(ProgramId.of("nope"), "x", Role.MENTOR)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(store().participants(tenant, ProgramId.of("nope"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("pairs")
    class Pairs {
        @Test
        @DisplayName("a pair is stored with version 1, found and listed by id, whatever its status")
        void createFindList() {
            Program p = created("p1");
            Pair b = store().savePair(tenant, pair(p.id(), "b", "m1", "e1"));
            Pair a = store().savePair(tenant, pair(p.id(), "a", "m2", "e2"));
            Pair ended = store().savePair(tenant, a.ended(LocalDate.of(2026, 11, 2), "Mentee left the company"));
            assertThat(b.version()).isEqualTo(1);
            assertThat(ended.version()).isEqualTo(2);
            assertThat(store().findPair(tenant, p.id(), PairId.of("a"))).contains(ended);
            assertThat(store().pairs(tenant, p.id())).extracting(x -> x.id().value()).containsExactly("a", "b");
            assertThat(store().findPair(tenant, p.id(), PairId.of("a")).orElseThrow().endReason())
                    .isEqualTo("Mentee left the company");
        }

        @Test
        @DisplayName("a stale pair update fails with a version conflict and stores nothing")
        void stale() {
            Program p = created("p1");
            Pair v1 = store().savePair(tenant, pair(p.id(), "a", "m", "e"));
            Pair v2 = store().savePair(tenant, v1.paused());
            assertThatThrownBy(() -> store().savePair(tenant, v1.ended(LocalDate.of(2026, 10, 1), "x")))
                    .isInstanceOf(VersionConflictException.class);
            assertThat(store().findPair(tenant, p.id(), v1.id())).contains(v2);
            assertThat(v2.status()).isEqualTo(PairStatus.PAUSED);
        }
    }

    @Nested
    @DisplayName("touchpoints and attendance")
    class Touchpoints {
        @Test
        @DisplayName("touchpoints are listed by start, then id")
        void ordered() {
            Program p = created("p1");
            store().saveTouchpoint(tenant, webinar(p.id(), "late", T0.plus(Duration.ofDays(30))));
            store().saveTouchpoint(tenant, webinar(p.id(), "b", T0));
            store().saveTouchpoint(tenant, webinar(p.id(), "a", T0));
            assertThat(store().touchpoints(tenant, p.id())).extracting(t -> t.id().value())
                    .containsExactly("a", "b", "late");
        }

        @Test
        @DisplayName("a touchpoint update based on the stored version succeeds; a stale one fails")
        void versions() {
            Program p = created("p1");
            Touchpoint v1 = store().saveTouchpoint(tenant, webinar(p.id(), "t", T0));
            Touchpoint v2 = store().saveTouchpoint(tenant, v1.withStatus(TouchpointStatus.HELD));
            assertThat(v2.version()).isEqualTo(2);
            assertThatThrownBy(() -> store().saveTouchpoint(tenant, v1.withStatus(TouchpointStatus.CANCELLED)))
                    .isInstanceOf(VersionConflictException.class);
            assertThat(store().findTouchpoint(tenant, p.id(), v1.id())).contains(v2);
        }

        @Test
        @DisplayName("attendance is recorded per person, replaced when recorded again, and listed by person id")
        void attendance() {
            Program p = created("p1");
            Touchpoint t = store().saveTouchpoint(tenant, webinar(p.id(), "t", T0));
            store().recordAttendance(tenant,
                    new Attendance(p.id(), t.id(), PersonId.of("zed"), AttendanceStatus.ABSENT, T0));
            store().recordAttendance(tenant,
                    new Attendance(p.id(), t.id(), PersonId.of("amy"), AttendanceStatus.ATTENDED, T0));
            Attendance late = new Attendance(p.id(), t.id(), PersonId.of("zed"), AttendanceStatus.EXCUSED,
                    T0.plusSeconds(60));
            store().recordAttendance(tenant, late);
            assertThat(store().attendance(tenant, p.id(), t.id())).containsExactly(
                    new Attendance(p.id(), t.id(), PersonId.of("amy"), AttendanceStatus.ATTENDED, T0), late);
        }

        @Test
        @DisplayName("attendance of an unknown touchpoint is refused")
        void unknownTouchpoint() {
            Program p = created("p1");
            assertThatThrownBy(() -> store().recordAttendance(tenant, new Attendance(p.id(), TouchpointId.of("nope"),
                    PersonId.of("amy"), AttendanceStatus.ATTENDED, T0)))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    @DisplayName("hotline requests")
    class Hotline {
        @Test
        @DisplayName("a request is stored with version 1 and follows its life to closed, every field kept")
        void life() {
            Program p = created("p1");
            HotlineRequest raised = HotlineRequest.raised(HotlineRequestId.of("h1"), p.id(), PersonId.of("bob"),
                    HotlineTopic.DIFFICULTY, "Mon mentor ne répond plus", "Depuis trois semaines ; « aide »", T0);
            HotlineRequest v1 = store().saveHotlineRequest(tenant, raised);
            assertThat(v1).isEqualTo(raised.withVersion(1));
            HotlineRequest v2 = store().saveHotlineRequest(tenant, v1.assignedTo(PersonId.of("coordinator")));
            HotlineRequest v3 = store().saveHotlineRequest(tenant, v2.answered("Je l'appelle demain.",
                    T0.plusSeconds(3600)));
            HotlineRequest v4 = store().saveHotlineRequest(tenant, v3.closed(T0.plusSeconds(7200)));
            assertThat(v4.version()).isEqualTo(4);
            assertThat(store().findHotlineRequest(tenant, p.id(), raised.id())).contains(v4);
        }

        @Test
        @DisplayName("requests are listed by raisedAt then id; a stale update fails")
        void listAndConflict() {
            Program p = created("p1");
            HotlineRequest late = store().saveHotlineRequest(tenant, HotlineRequest.raised(HotlineRequestId.of("a"),
                    p.id(), PersonId.of("x"), HotlineTopic.QUESTION, "Later", "", T0.plusSeconds(60)));
            store().saveHotlineRequest(tenant, HotlineRequest.raised(HotlineRequestId.of("b"), p.id(),
                    PersonId.of("y"), HotlineTopic.QUESTION, "Earlier", "", T0));
            assertThat(store().hotlineRequests(tenant, p.id())).extracting(r -> r.id().value())
                    .containsExactly("b", "a");
            store().saveHotlineRequest(tenant, late.assignedTo(PersonId.of("c1")));
            assertThatThrownBy(() -> store().saveHotlineRequest(tenant, late.assignedTo(PersonId.of("c2"))))
                    .isInstanceOf(VersionConflictException.class);
            assertThat(store().hotlineRequests(freshTenant(), p.id())).isEmpty();
        }
    }

    @Nested
    @DisplayName("follow-up calls")
    class Calls {
        @Test
        @DisplayName("a call is stored, logged with an outcome, listed by dueFrom then id; a stale update fails")
        void life() {
            Program p = created("p1");
            CheckpointCall later = store().saveCheckpointCall(tenant, CheckpointCall.planned(CheckpointCallId.of("a"),
                    p.id(), PersonId.of("bob"), LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 30)));
            CheckpointCall first = store().saveCheckpointCall(tenant, CheckpointCall.planned(CheckpointCallId.of("b"),
                    p.id(), PersonId.of("bob"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
            CheckpointCall logged = store().saveCheckpointCall(tenant,
                    first.logged(CallOutcome.REACHED, T0.plus(Duration.ofDays(50)), "Tout va bien"));
            assertThat(logged.version()).isEqualTo(2);
            assertThat(store().findCheckpointCall(tenant, p.id(), first.id())).contains(logged);
            assertThat(store().checkpointCalls(tenant, p.id())).extracting(c -> c.id().value())
                    .containsExactly("b", "a");
            assertThatThrownBy(() -> store().saveCheckpointCall(tenant, first.cancelled("left")))
                    .isInstanceOf(VersionConflictException.class);
            assertThat(store().findCheckpointCall(tenant, p.id(), later.id())).contains(later);
            assertThat(store().checkpointCalls(freshTenant(), p.id())).isEmpty();
        }
    }

    @Nested
    @DisplayName("concurrent writers")
    class ConcurrentWriters {
        @Test
        @DisplayName("of eight writers saving the same version at once, exactly one succeeds")
        void oneWinner() {
            for (int round = 0; round < 20; round++) {
                Program v1 = created("race-" + round);
                List<Boolean> outcomes = Concurrently.run(8, i -> () -> {
                    try {
                        store().saveProgram(v1.toBuilder().name("writer " + i).build());
                        return true;
                    } catch (VersionConflictException e) {
                        return false;
                    }
                });
                assertThat(outcomes).filteredOn(ok -> ok).hasSize(1);
                assertThat(store().findProgram(tenant, v1.id())).get().extracting(Program::version).isEqualTo(2L);
            }
        }

        @Test
        @DisplayName("increments retried on conflict by eight writers are never lost")
        void noLostUpdate() {
            Program start = store().saveProgram(program(tenant, "counter").toBuilder().name("0").build());
            int perThread = 25;
            AtomicInteger conflicts = new AtomicInteger();
            Concurrently.run(8, i -> () -> {
                for (int n = 0; n < perThread; n++) {
                    // Bounded so that a store that always refuses ends the test instead of looping for ever.
                    for (int attempt = 0; ; attempt++) {
                        assertThat(attempt).as("attempts for one increment").isLessThan(10_000);
                        Program current = store().findProgram(tenant, start.id()).orElseThrow();
                        int value = Integer.parseInt(current.name());
                        try {
                            store().saveProgram(current.toBuilder().name(Integer.toString(value + 1)).build());
                            break;
                        } catch (VersionConflictException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                }
                return null;
            });
            Program end = store().findProgram(tenant, start.id()).orElseThrow();
            assertThat(end.name()).isEqualTo(Integer.toString(8 * perThread));
            assertThat(end.version()).isEqualTo(1L + 8 * perThread);
        }
    }

    /** One step of {@link #programSavesAgreeWithAMap}: a kind of operation on one of a few program ids. */
    record Step(int kind, int slot) {}

    @Provide
    Arbitrary<List<Step>> programSteps() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
                .as(Step::new).list().ofMaxSize(40);
    }

    @Property(tries = 40)
    @Label("any sequence of program creations, updates, stale updates and reads agrees with a map")
    void programSavesAgreeWithAMap(@ForAll("programSteps") List<Step> steps) {
        TenantId t = freshTenant();
        Map<String, Program> model = new TreeMap<>();
        for (Step step : steps) {
            String id = "p" + step.slot();
            Optional<Program> expected = Optional.ofNullable(model.get(id));
            switch (step.kind()) {
                case 0 -> { // create
                    if (expected.isEmpty()) {
                        model.put(id, store().saveProgram(program(t, id)));
                    } else {
                        assertThatThrownBy(() -> store().saveProgram(program(t, id)))
                                .isInstanceOf(VersionConflictException.class);
                    }
                }
                case 1 -> { // update from the stored version
                    if (expected.isPresent()) {
                        Program next = expected.get().toBuilder().name("n" + steps.indexOf(step)).build();
                        Program saved = store().saveProgram(next);
                        assertThat(saved).isEqualTo(next.withVersion(next.version() + 1));
                        model.put(id, saved);
                    }
                }
                case 2 -> { // update from a wrong version
                    long wrong = expected.map(p -> p.version() + 1).orElse(7L);
                    assertThatThrownBy(() -> store().saveProgram(program(t, id).withVersion(wrong)))
                            .isInstanceOf(VersionConflictException.class);
                }
                default -> { // read
                }
            }
            assertThat(store().findProgram(t, ProgramId.of(id))).isEqualTo(Optional.ofNullable(model.get(id)));
        }
        assertThat(store().programs(t)).containsExactlyElementsOf(new ArrayList<>(model.values()));
    }
}
