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
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.FollowUpCallId;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.ParticipantStatus;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.program.TouchpointStatus;
import io.elan.mentoring.spi.tck.contract.TenantIsolationContract;
import io.elan.mentoring.spi.tck.contract.VersionedEntityContract;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import io.elan.mentoring.spi.tck.internal.ModelBasedProperty;
import io.elan.mentoring.spi.tck.internal.ProgramStoreErasureRules;
import io.elan.mentoring.spi.tck.internal.ProgramStoreValueRules;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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
    @DisplayName("saving, finding and listing programs")
    class Programs {
        @Test
        @DisplayName("an unknown program is not found")
        void unknown() {
            assertThat(store().findProgram(tenant, ProgramId.of("nope")))
                    .as("a program that was never saved must not be found").isEmpty();
        }

        @Test
        @DisplayName("a version conflict names the version the save was based on and the version stored")
        void staleUpdate() {
            Program v1 = created("p1");
            Program v2 = store().saveProgram(v1.withStatus(ProgramStatus.ENROLLING));
            assertThatThrownBy(() -> store().saveProgram(v1.withStatus(ProgramStatus.CANCELLED)),
                    "a save based on version 1 while version 2 is stored must fail with a version conflict")
                    .isInstanceOf(VersionConflictException.class)
                    .satisfies(e -> {
                        VersionConflictException c = (VersionConflictException) e;
                        assertThat(c.expectedVersion()).as("the conflict must name the version the save was based on")
                                .isEqualTo(1);
                        assertThat(c.actualVersion()).as("the conflict must name the version that is stored")
                                .isEqualTo(2);
                    });
            assertThat(store().findProgram(tenant, v1.id()))
                    .as("a save that failed with a version conflict must store nothing").contains(v2);
        }

        @Test
        @DisplayName("a tenant's programs are listed by id")
        void listed() {
            created("b");
            created("c");
            created("a");
            assertThat(store().programs(tenant)).extracting(p -> p.id().value())
                    .as("a tenant's programs must be listed by id, whatever the order they were created in")
                    .containsExactly("a", "b", "c");
        }

        @Test
        @DisplayName("a tenant's programs in some states are listed by id, the others left out")
        void listedByStatus() {
            created("d");
            Program c = created("c");
            store().saveProgram(c.withStatus(ProgramStatus.CLOSED));
            Program b = created("b");
            store().saveProgram(b.withStatus(ProgramStatus.RUNNING));
            Program a = created("a");
            store().saveProgram(a.withStatus(ProgramStatus.CLOSING));
            store().saveProgram(program(freshTenant(), "e").toBuilder().status(ProgramStatus.RUNNING).build());
            assertThat(store().programs(tenant, Set.of(ProgramStatus.RUNNING, ProgramStatus.CLOSING)))
                    .extracting(p -> p.id().value())
                    .as("the running and closing programs of the tenant must be listed by id, and only they")
                    .containsExactly("a", "b");
            assertThat(store().programs(tenant, Set.of(ProgramStatus.DRAFT))).extracting(p -> p.id().value())
                    .as("asking for drafts must list the tenant's only draft").containsExactly("d");
            assertThat(store().programs(tenant, Set.of()))
                    .as("asking for no state must list no program").isEmpty();
        }

        @Test
        @DisplayName("every tenant with a program is listed once, by id, and a tenant without one is not")
        void tenantsListed() {
            TenantId second = freshTenant();
            TenantId without = freshTenant();
            created("p1");
            created("p2");
            store().saveProgram(program(second, "p1"));
            assertThatThrownBy(() -> store().saveProgram(program(without, "ghost").withVersion(2)),
                    "updating a program never created must fail with a version conflict")
                    .isInstanceOf(VersionConflictException.class);
            List<TenantId> tenants = store().tenants();
            assertThat(tenants).as("every tenant must be listed once").doesNotHaveDuplicates();
            assertThat(tenants).as("a tenant whose only save failed has no program, so it must not be listed")
                    .doesNotContain(without);
            List<TenantId> mine = new ArrayList<>(List.of(tenant, second));
            mine.sort(Comparator.comparing(TenantId::value));
            assertThat(tenants.stream().filter(mine::contains).toList())
                    .as("each tenant with programs must be listed, in the order of their ids").isEqualTo(mine);
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
            assertThat(store().findProgram(tenant, p.id()))
                    .as("a program must be found with every field as saved: name, zone, locale, dates, status,"
                            + " settings")
                    .contains(p.withVersion(1)).contains(saved);
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation implements TenantIsolationContract {
        private final TenantId other = freshTenant();

        @Override
        public String aRecord() {
            return "a program";
        }

        @Override
        public void write(TenantId in, String id) {
            Program saved = store().saveProgram(program(in, id).toBuilder().name("Program of " + in.value()).build());
            assertThat(saved.version())
                    .as("a tenant creating a program id, even one another tenant uses, must get a new program,"
                            + " version 1")
                    .isEqualTo(1);
        }

        @Override
        public List<?> seenBy(TenantId in, String id) {
            List<Object> seen = new ArrayList<>();
            store().findProgram(in, ProgramId.of(id)).ifPresent(seen::add);
            seen.addAll(store().programs(in));
            return seen;
        }

        @Override
        public void change(TenantId in, String id) {
            Program stored = store().findProgram(in, ProgramId.of(id)).orElseThrow();
            store().saveProgram(stored.withStatus(ProgramStatus.ENROLLING));
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

            assertThat(store().participants(other, p.id()))
                    .as("participants must not be listed to another tenant").isEmpty();
            assertThat(store().findParticipant(other, p.id(), PersonId.of("alice")))
                    .as("a participant must not be found from another tenant").isEmpty();
            assertThat(store().pairs(other, p.id())).as("pairs must not be listed to another tenant").isEmpty();
            assertThat(store().findPair(other, p.id(), PairId.of("pair-1")))
                    .as("a pair must not be found from another tenant").isEmpty();
            assertThat(store().touchpoints(other, p.id()))
                    .as("touchpoints must not be listed to another tenant").isEmpty();
            assertThat(store().findTouchpoint(other, p.id(), t.id()))
                    .as("a touchpoint must not be found from another tenant").isEmpty();
            assertThat(store().attendance(other, p.id(), t.id()))
                    .as("attendance must not be listed to another tenant").isEmpty();
        }

        @Test
        @DisplayName("nothing can be attached to a program that exists only in another tenant")
        void attachAcrossTenants() {
            Program p = created("p1");
            assertThatThrownBy(() -> store().saveParticipant(other, participant(p.id(), "eve", Role.MENTEE)),
                    "a participant saved from another tenant to a program it does not have must fail as not found")
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> store().savePair(other, pair(p.id(), "x", "eve", "mallory")),
                    "a pair saved from another tenant to a program it does not have must fail as not found")
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> store().saveTouchpoint(other, webinar(p.id(), "t", T0)),
                    "a touchpoint saved from another tenant to a program it does not have must fail as not found")
                    .isInstanceOf(NotFoundException.class);
            assertThat(store().participants(tenant, p.id()))
                    .as("another tenant's attempt must add no participant to the program").isEmpty();
            assertThat(store().pairs(tenant, p.id())).as("another tenant's attempt must add no pair to the program")
                    .isEmpty();
            assertThat(store().touchpoints(tenant, p.id()))
                    .as("another tenant's attempt must add no touchpoint to the program").isEmpty();
        }
    }

    @Nested
    @DisplayName("saving, finding and listing participants")
    class Participants {
        @Test
        @DisplayName("a participant is stored with version 1, found by program and person, and listed by person id")
        void createFindList() {
            Program p = created("p1");
            Participant bob = store().saveParticipant(tenant, participant(p.id(), "bob", Role.MENTEE));
            store().saveParticipant(tenant, participant(p.id(), "alice", Role.MENTOR));
            assertThat(bob.version()).as("a new participant must be stored with version 1").isEqualTo(1);
            assertThat(store().findParticipant(tenant, p.id(), PersonId.of("bob")))
                    .as("a participant must be found by program and person as returned").contains(bob);
            assertThat(store().participants(tenant, p.id())).extracting(x -> x.person().value())
                    .as("a program's participants must be listed by person id").containsExactly("alice", "bob");
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
            assertThat(store().findParticipant(tenant, p.id(), rich.person()))
                    .as("a participant must be found with every field as saved: channel, locale, zone, status,"
                            + " opt-outs")
                    .contains(rich.withVersion(1));
        }

        @Test
        @DisplayName("the same person may be a mentor in one program and a mentee in another")
        void twoPrograms() {
            Program p1 = created("p1");
            Program p2 = created("p2");
            store().saveParticipant(tenant, participant(p1.id(), "alice", Role.MENTOR));
            store().saveParticipant(tenant, participant(p2.id(), "alice", Role.MENTEE));
            assertThat(store().findParticipant(tenant, p1.id(), PersonId.of("alice"))).map(Participant::role)
                    .as("alice must stay a mentor in p1 although she is a mentee in p2").contains(Role.MENTOR);
            assertThat(store().findParticipant(tenant, p2.id(), PersonId.of("alice"))).map(Participant::role)
                    .as("alice must be a mentee in p2 although she is a mentor in p1").contains(Role.MENTEE);
        }

        @Test
        @DisplayName("participants of an unknown program cannot be saved and list as empty")
        void unknownProgram() {
            assertThatThrownBy(
                    () -> store().saveParticipant(tenant, participant(ProgramId.of("nope"), "x", Role.MENTOR)),
                    "a participant of a program that does not exist must fail as not found")
                    .isInstanceOf(NotFoundException.class);
            assertThat(store().participants(tenant, ProgramId.of("nope")))
                    .as("a program that does not exist must list no participants").isEmpty();
        }
    }

    @Nested
    @DisplayName("saving, finding and listing pairs")
    class Pairs {
        @Test
        @DisplayName("a pair is stored with version 1, found and listed by id, whatever its status")
        void createFindList() {
            Program p = created("p1");
            Pair b = store().savePair(tenant, pair(p.id(), "b", "m1", "e1"));
            Pair a = store().savePair(tenant, pair(p.id(), "a", "m2", "e2"));
            Pair ended = store().savePair(tenant, a.ended(LocalDate.of(2026, 11, 2), "Mentee left the company"));
            assertThat(b.version()).as("a new pair must be stored with version 1").isEqualTo(1);
            assertThat(ended.version()).as("a pair saved from its stored version 1 must get version 2").isEqualTo(2);
            assertThat(store().findPair(tenant, p.id(), PairId.of("a")))
                    .as("an ended pair must still be found, as last saved").contains(ended);
            assertThat(store().pairs(tenant, p.id())).extracting(x -> x.id().value())
                    .as("a program's pairs must be listed by id, ended ones included").containsExactly("a", "b");
            assertThat(store().findPair(tenant, p.id(), PairId.of("a"))).map(Pair::endReason)
                    .as("an ended pair must keep the reason it ended").contains("Mentee left the company");
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
                    .as("touchpoints must be listed by start, then by id when they start together")
                    .containsExactly("a", "b", "late");
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
            assertThat(store().attendance(tenant, p.id(), t.id()))
                    .as("attendance must hold one entry per person, the last recorded, listed by person id")
                    .containsExactly(
                            new Attendance(p.id(), t.id(), PersonId.of("amy"), AttendanceStatus.ATTENDED, T0), late);
        }

        @Test
        @DisplayName("attendance of an unknown touchpoint is refused")
        void unknownTouchpoint() {
            Program p = created("p1");
            assertThatThrownBy(() -> store().recordAttendance(tenant, new Attendance(p.id(), TouchpointId.of("nope"),
                    PersonId.of("amy"), AttendanceStatus.ATTENDED, T0)),
                    "attendance of a touchpoint that does not exist must fail as not found")
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
            assertThat(v1).as("a new hotline request must be returned as given, with version 1")
                    .isEqualTo(raised.withVersion(1));
            HotlineRequest v2 = store().saveHotlineRequest(tenant, v1.assignedTo(PersonId.of("coordinator")));
            HotlineRequest v3 = store().saveHotlineRequest(tenant, v2.answered("Je l'appelle demain.",
                    T0.plusSeconds(3600)));
            HotlineRequest v4 = store().saveHotlineRequest(tenant, v3.closed(T0.plusSeconds(7200)));
            assertThat(v4.version()).as("a request raised, assigned, answered and closed must be at version 4")
                    .isEqualTo(4);
            assertThat(store().findHotlineRequest(tenant, p.id(), raised.id()))
                    .as("a closed request must be found with every field as last saved").contains(v4);
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
                    .as("hotline requests must be listed by the instant they were raised, then by id")
                    .containsExactly("b", "a");
            store().saveHotlineRequest(tenant, late.assignedTo(PersonId.of("c1")));
            assertThatThrownBy(() -> store().saveHotlineRequest(tenant, late.assignedTo(PersonId.of("c2"))),
                    "a request saved from version 1 while version 2 is stored must fail with a version conflict")
                    .isInstanceOf(VersionConflictException.class);
            assertThat(store().hotlineRequests(freshTenant(), p.id()))
                    .as("hotline requests must not be listed to another tenant").isEmpty();
        }
    }

    @Nested
    @DisplayName("follow-up calls")
    class Calls {
        @Test
        @DisplayName("a call is stored, logged with an outcome, listed by dueFrom then id; a stale update fails")
        void life() {
            Program p = created("p1");
            FollowUpCall later = store().saveFollowUpCall(tenant, FollowUpCall.planned(FollowUpCallId.of("a"),
                    p.id(), PersonId.of("bob"), LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 30)));
            FollowUpCall first = store().saveFollowUpCall(tenant, FollowUpCall.planned(FollowUpCallId.of("b"),
                    p.id(), PersonId.of("bob"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
            FollowUpCall logged = store().saveFollowUpCall(tenant,
                    first.logged(CallOutcome.REACHED, T0.plus(Duration.ofDays(50)), "Tout va bien"));
            assertThat(logged.version()).as("a call saved from its stored version 1 must get version 2").isEqualTo(2);
            assertThat(store().findFollowUpCall(tenant, p.id(), first.id()))
                    .as("a logged call must be found with its outcome, as last saved").contains(logged);
            assertThat(store().followUpCalls(tenant, p.id())).extracting(c -> c.id().value())
                    .as("follow-up calls must be listed by the day they are due from, then by id")
                    .containsExactly("b", "a");
            assertThatThrownBy(() -> store().saveFollowUpCall(tenant, first.cancelled("left")),
                    "a call saved from version 1 while version 2 is stored must fail with a version conflict")
                    .isInstanceOf(VersionConflictException.class);
            assertThat(store().findFollowUpCall(tenant, p.id(), later.id()))
                    .as("saving one call must leave the other calls as they were").contains(later);
            assertThat(store().followUpCalls(freshTenant(), p.id()))
                    .as("follow-up calls must not be listed to another tenant").isEmpty();
        }
    }

    @Nested
    @DisplayName("versioned saves of programs")
    class ProgramVersions implements VersionedEntityContract<Program> {
        @Override
        public Entity<Program> entity() {
            return new Entity<>("a program", id -> program(tenant, id), store()::saveProgram,
                    p -> store().findProgram(p.tenant(), p.id()), p -> p.withStatus(ProgramStatus.ENROLLING));
        }
    }

    @Nested
    @DisplayName("versioned saves of participants")
    class ParticipantVersions implements VersionedEntityContract<Participant> {
        @Override
        public Entity<Participant> entity() {
            ProgramId program = created("versioned").id();
            return new Entity<>("a participant", id -> participant(program, id, Role.MENTEE),
                    p -> store().saveParticipant(tenant, p),
                    p -> store().findParticipant(tenant, p.program(), p.person()),
                    p -> p.toBuilder().status(ParticipantStatus.LEFT).build());
        }
    }

    @Nested
    @DisplayName("versioned saves of pairs")
    class PairVersions implements VersionedEntityContract<Pair> {
        @Override
        public Entity<Pair> entity() {
            ProgramId program = created("versioned").id();
            return new Entity<>("a pair", id -> pair(program, id, "mentor-of-" + id, "mentee-of-" + id),
                    p -> store().savePair(tenant, p), p -> store().findPair(tenant, p.program(), p.id()),
                    Pair::paused);
        }
    }

    @Nested
    @DisplayName("versioned saves of touchpoints")
    class TouchpointVersions implements VersionedEntityContract<Touchpoint> {
        @Override
        public Entity<Touchpoint> entity() {
            ProgramId program = created("versioned").id();
            return new Entity<>("a touchpoint", id -> webinar(program, id, T0), t -> store().saveTouchpoint(tenant, t),
                    t -> store().findTouchpoint(tenant, t.program(), t.id()),
                    t -> t.withStatus(TouchpointStatus.HELD));
        }
    }

    @Nested
    @DisplayName("versioned saves of hotline requests")
    class HotlineRequestVersions implements VersionedEntityContract<HotlineRequest> {
        @Override
        public Entity<HotlineRequest> entity() {
            ProgramId program = created("versioned").id();
            return new Entity<>("a hotline request",
                    id -> HotlineRequest.raised(HotlineRequestId.of(id), program, PersonId.of("bob"),
                            HotlineTopic.QUESTION, "Une question", "", T0),
                    r -> store().saveHotlineRequest(tenant, r),
                    r -> store().findHotlineRequest(tenant, r.program(), r.id()),
                    r -> r.assignedTo(PersonId.of("coordinator")));
        }
    }

    @Nested
    @DisplayName("versioned saves of follow-up calls")
    class FollowUpCallVersions implements VersionedEntityContract<FollowUpCall> {
        @Override
        public Entity<FollowUpCall> entity() {
            ProgramId program = created("versioned").id();
            return new Entity<>("a follow-up call",
                    id -> FollowUpCall.planned(FollowUpCallId.of(id), program, PersonId.of("bob"),
                            LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                    c -> store().saveFollowUpCall(tenant, c),
                    c -> store().findFollowUpCall(tenant, c.program(), c.id()), c -> c.cancelled("left the program"));
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
                assertThat(outcomes).filteredOn(ok -> ok)
                        .as("of eight writers saving version 1 of %s at once, exactly one must succeed and the others"
                                + " fail with a version conflict (round %d)", v1.id().value(), round)
                        .hasSize(1);
                assertThat(store().findProgram(tenant, v1.id())).map(Program::version)
                        .as("after eight writers raced on version 1 of %s, exactly one save must have been stored",
                                v1.id().value())
                        .contains(2L);
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
                        assertThat(attempt)
                                .as("a writer retrying one increment after version conflicts must succeed within"
                                        + " 10,000 attempts")
                                .isLessThan(10_000);
                        Program current = store().findProgram(tenant, start.id()).orElseThrow(() -> new AssertionError(
                                "the counter program must stay findable while eight writers update it"));
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
            Program end = store().findProgram(tenant, start.id()).orElseThrow(() -> new AssertionError(
                    "the counter program must be found after eight writers updated it"));
            assertThat(end.name())
                    .as("eight writers each adding 25 to a counter, retrying on version conflicts, must reach 200:"
                            + " a lower count is a lost update (%d conflicts were reported)", conflicts.get())
                    .isEqualTo(Integer.toString(8 * perThread));
            assertThat(end.version()).as("each of the 200 increments must have stored exactly one new version")
                    .isEqualTo(1L + 8 * perThread);
        }
    }

    @Test
    @DisplayName("any sequence of program creations, updates, stale updates and reads agrees with a map")
    void programSavesAgreeWithAMap() {
        ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Draw.ANY, 40))
                .planned(Step::plan)
                .tries(40)
                .check(ProgramsAgainstAMap::new);
    }

    /** What a step does; simplest first, so that a failing sequence is reduced towards creations. */
    enum Kind { CREATE, UPDATE, STALE_UPDATE, READ }

    /** A step as drawn, before {@link Step#plan} gives it the versions a correct store would hold. */
    record Draw(Kind kind, int slot) {
        static final Gen<Draw> ANY = Generate.enumValues(Kind.class).zip(Generate.range(0, 3), Draw::new);
    }

    /**
     * One step of {@link #programSavesAgreeWithAMap}: a save of program {@code id} based on {@code version} (0
     * creates), or a read. {@code stored} is the version a correct store holds before the step, so that the step
     * prints as what it is.
     */
    record Step(Kind kind, String id, long version, long stored) {
        static List<Step> plan(List<Draw> draws) {
            Map<String, Long> versions = new TreeMap<>();
            List<Step> steps = new ArrayList<>();
            for (Draw draw : draws) {
                String id = "p" + draw.slot();
                long stored = versions.getOrDefault(id, 0L);
                Step step = switch (draw.kind()) {
                    case CREATE -> new Step(Kind.CREATE, id, 0, stored);
                    case UPDATE -> new Step(stored > 0 ? Kind.UPDATE : Kind.STALE_UPDATE, id, Math.max(stored, 1),
                            stored);
                    case STALE_UPDATE -> new Step(Kind.STALE_UPDATE, id, stored >= 2 ? stored - 1 : stored + 1,
                            stored);
                    case READ -> new Step(Kind.READ, id, 0, stored);
                };
                if (step.kind() != Kind.READ && step.version() == stored) {
                    versions.put(id, stored + 1);
                }
                steps.add(step);
            }
            return steps;
        }

        @Override
        public String toString() {
            return switch (kind) {
                case CREATE -> "create program " + id;
                case UPDATE -> "update " + id + " from its stored version " + version;
                case STALE_UPDATE -> stored == 0 ? "update of " + id + " at version " + version + ", never created"
                        : version < stored ? "stale update of " + id + " at version " + version
                        : "update of " + id + " at version " + version + ", which it has not reached";
                case READ -> "read " + id;
            };
        }
    }

    /** Replays steps on the store, in a tenant of their own, and on a map of the programs as last saved. */
    private final class ProgramsAgainstAMap implements ModelBasedProperty.Replay<Step> {
        private final TenantId t = freshTenant();
        private final Map<String, Program> model = new TreeMap<>();
        private int saves;

        @Override
        public void apply(Step step) {
            String id = step.id();
            if (step.kind() != Kind.READ) {
                Optional<Program> stored = Optional.ofNullable(model.get(id));
                long current = stored.map(Program::version).orElse(0L);
                Program attempt = program(t, id).toBuilder().name("Programme " + id + " n" + ++saves).build()
                        .withVersion(step.version());
                if (step.version() == current) {
                    Program saved;
                    try {
                        saved = store().saveProgram(attempt);
                    } catch (VersionConflictException e) {
                        throw new AssertionError((current == 0
                                ? "creating " + id + " must succeed, as no program " + id + " was ever saved in this"
                                        + " (fresh) tenant"
                                : "a save of " + id + " based on its stored version " + current + " must succeed")
                                + "; the store answered with a version conflict instead: " + e.getMessage(), e);
                    }
                    assertThat(saved)
                            .as("a save of %s based on its stored version %d must be returned as stored, with version"
                                    + " %d", id, current, current + 1)
                            .isEqualTo(attempt.withVersion(current + 1));
                    model.put(id, saved);
                } else {
                    assertThatThrownBy(() -> store().saveProgram(attempt),
                            "a save of %s based on version %d must fail with a version conflict, because %s",
                            id, step.version(), stored.isEmpty() ? "it was never created"
                                    : "version " + current + " is stored")
                            .isInstanceOf(VersionConflictException.class);
                }
            }
            assertThat(store().findProgram(t, ProgramId.of(id)))
                    .as("after %s, %s must be found exactly as last saved (or not at all if never created)", step, id)
                    .isEqualTo(Optional.ofNullable(model.get(id)));
        }

        @Override
        public void verifyEnd() {
            assertThat(store().programs(t))
                    .as("the tenant's programs, and no other tenant's, must be listed by id, each as last saved")
                    .containsExactlyElementsOf(new ArrayList<>(model.values()));
        }
    }

    @Nested
    @DisplayName("values at the edges of the SPI's rules")
    class ValueRules extends ProgramStoreValueRules {
        ValueRules() {
            super(ProgramStoreCompatibilityKit.this::store);
        }
    }

    @Nested
    @DisplayName("personal data: erasing a person everywhere, removing a program, clearing old hotline texts")
    class PersonalData extends ProgramStoreErasureRules {
        PersonalData() {
            super(ProgramStoreCompatibilityKit.this::store);
        }
    }
}
