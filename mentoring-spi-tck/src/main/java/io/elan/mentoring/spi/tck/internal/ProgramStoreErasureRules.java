package io.elan.mentoring.spi.tck.internal;

import static io.elan.mentoring.spi.tck.KitFixtures.T0;
import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.KitFixtures.pair;
import static io.elan.mentoring.spi.tck.KitFixtures.participant;
import static io.elan.mentoring.spi.tck.KitFixtures.program;
import static io.elan.mentoring.spi.tck.KitFixtures.webinar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.privacy.Erasure;
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
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a {@link ProgramStore} does with personal data: erasing one person everywhere in a tenant, removing a closed
 * program, clearing old hotline texts. The person erased is {@link ErasedPerson}; the others are kept exactly. The
 * program store kit mounts it as a {@code @Nested} subclass that passes it the kit's store.
 */
public abstract class ProgramStoreErasureRules extends ErasureRules<ProgramStore> {

    /** @param store the kit's hook for the store under test */
    protected ProgramStoreErasureRules(Supplier<ProgramStore> store) {
        super(store, ProgramStore::erase);
    }

    /** @return the store under test */
    protected final ProgramStore store() {
        return port();
    }

    @Override
    public void writeRecords(TenantId tenant) {
        populate(tenant, "p1");
    }

    @Override
    public List<?> readRecords(TenantId tenant) {
        return everything(tenant, ProgramId.of("p1"));
    }

    private static PersonId person(String id) {
        return PersonId.of(id);
    }

    /**
     * Writes one program where the erased person is a mentor in a pair that ended, attended a webinar, raised a hotline
     * request, handles another's, has a follow-up call, and is named in other people's texts; and where a third pair
     * and a request never mention them.
     */
    private ProgramId populate(TenantId tenant, String id) {
        ProgramId program = store().saveProgram(program(tenant, id)).id();
        for (String[] p : new String[][] {{ErasedPerson.ID, "MENTOR"}, {"bruno-kept", "MENTEE"},
                {"chloe-kept", "MENTOR"}, {"david-kept", "MENTEE"}}) {
            store().saveParticipant(tenant, participant(program, p[0], Role.valueOf(p[1])));
        }
        Pair shared = store().savePair(tenant, pair(program, "pair-1", ErasedPerson.ID, "bruno-kept"));
        store().savePair(tenant, shared.ended(LocalDate.of(2026, 12, 1), "moved on, says " + ErasedPerson.NAME));
        store().savePair(tenant, pair(program, "pair-2", "chloe-kept", "david-kept"));
        Touchpoint touchpoint = store().saveTouchpoint(tenant,
                webinar(program, "webinar-1", T0.plus(Duration.ofDays(7))));
        for (String who : List.of(ErasedPerson.ID, "bruno-kept")) {
            store().recordAttendance(tenant, new Attendance(program, touchpoint.id(), person(who),
                    AttendanceStatus.ATTENDED, touchpoint.start()));
        }
        store().saveHotlineRequest(tenant, HotlineRequest.raised(HotlineRequestId.of("h-ana"), program,
                ErasedPerson.id(), HotlineTopic.QUESTION, "Mon binôme", "Appelez-moi au " + ErasedPerson.PHONE, T0));
        HotlineRequest handled = store().saveHotlineRequest(tenant,
                HotlineRequest.raised(HotlineRequestId.of("h-bruno"), program, person("bruno-kept"),
                        HotlineTopic.DIFFICULTY, "À propos de " + ErasedPerson.NAME, "Écrire à " + ErasedPerson.EMAIL,
                        T0.plusSeconds(60)));
        HotlineRequest assigned = store().saveHotlineRequest(tenant, handled.assignedTo(ErasedPerson.id()));
        store().saveHotlineRequest(tenant, assigned.answered(ErasedPerson.NAME + " vous rappelle",
                T0.plusSeconds(3600)));
        store().saveHotlineRequest(tenant, HotlineRequest.raised(HotlineRequestId.of("h-chloe"), program,
                person("chloe-kept"), HotlineTopic.QUESTION, "Planning", "Quand est l'atelier ?", T0.plusSeconds(120)));
        for (String who : List.of(ErasedPerson.ID, "bruno-kept", "chloe-kept")) {
            FollowUpCall call = store().saveFollowUpCall(tenant, FollowUpCall.planned(
                    FollowUpCallId.of("call-" + who), program, person(who), LocalDate.of(2026, 11, 2),
                    LocalDate.of(2026, 11, 20)));
            store().saveFollowUpCall(tenant, call.logged(CallOutcome.REACHED, T0.plus(Duration.ofDays(50)),
                    who.equals("bruno-kept") ? "Parlé de " + ErasedPerson.NAME : "Tout va bien"));
        }
        return program;
    }

    /** Every record each read path of the store returns for the program, in its order. */
    private List<Object> everything(TenantId tenant, ProgramId program) {
        List<Object> read = new ArrayList<>();
        store().findProgram(tenant, program).ifPresent(read::add);
        read.addAll(store().participants(tenant, program));
        read.addAll(store().pairs(tenant, program));
        for (Touchpoint t : store().touchpoints(tenant, program)) {
            read.add(t);
            read.addAll(store().attendance(tenant, program, t.id()));
        }
        read.addAll(store().hotlineRequests(tenant, program));
        read.addAll(store().followUpCalls(tenant, program));
        for (String who : List.of(ErasedPerson.ID, "bruno-kept", "chloe-kept", "david-kept")) {
            store().findParticipant(tenant, program, person(who)).ifPresent(read::add);
        }
        for (String id : List.of("pair-1", "pair-2")) {
            store().findPair(tenant, program, PairId.of(id)).ifPresent(read::add);
        }
        for (String id : List.of("h-ana", "h-bruno", "h-chloe")) {
            store().findHotlineRequest(tenant, program, HotlineRequestId.of(id)).ifPresent(read::add);
        }
        for (String who : List.of(ErasedPerson.ID, "bruno-kept", "chloe-kept")) {
            store().findFollowUpCall(tenant, program, FollowUpCallId.of("call-" + who)).ifPresent(read::add);
        }
        return read;
    }

    private static List<Object> notMentioning(List<Object> records) {
        return records.stream()
                .filter(r -> ErasedPerson.TRACES.stream().noneMatch(trace -> String.valueOf(r).contains(trace)))
                .toList();
    }

    @Test
    @DisplayName("after erasing a person no read path returns them, and what they shared keeps a pseudonym")
    void erasedEverywhere() {
        TenantId tenant = freshTenant();
        ProgramId program = populate(tenant, "p1");
        List<Object> before = everything(tenant, program);

        assertThat(store().erase(tenant, ErasedPerson.erasure()))
                .as("erasing a person with records must count the records it removed or rewrote").isPositive();

        List<Object> after = everything(tenant, program);
        ErasedPerson.assertNoTrace("the program store's read paths", after);
        assertThat(store().findParticipant(tenant, program, ErasedPerson.id()))
                .as("an erased person's participation must be removed").isEmpty();
        assertThat(store().findHotlineRequest(tenant, program, HotlineRequestId.of("h-ana")))
                .as("a hotline request an erased person raised must be removed").isEmpty();
        assertThat(store().findFollowUpCall(tenant, program, FollowUpCallId.of("call-" + ErasedPerson.ID)))
                .as("an erased person's follow-up call must be removed").isEmpty();
        Pair shared = store().findPair(tenant, program, PairId.of("pair-1")).orElseThrow(
                () -> new AssertionError("a pair shared with someone else must stay after erasing one of its people"));
        assertThat(shared.mentor()).as("a shared pair must hold the erasure's pseudonym in the erased person's place")
                .isEqualTo(PersonId.of(ErasedPerson.PSEUDONYM));
        assertThat(shared.mentee()).as("a shared pair must keep the other person").isEqualTo(person("bruno-kept"));
        assertThat(shared.endReason()).as("the end reason of a shared pair must have the name redacted")
                .isEqualTo("moved on, says " + Erasure.REDACTED);
        HotlineRequest handled = store().findHotlineRequest(tenant, program, HotlineRequestId.of("h-bruno"))
                .orElseThrow(() -> new AssertionError("a hotline request the erased person handled must stay"));
        assertThat(handled.assignee()).as("a request the erased person handled must be assigned to the pseudonym")
                .isEqualTo(PersonId.of(ErasedPerson.PSEUDONYM));
        assertThat(List.of(handled.subject(), handled.details(), String.valueOf(handled.answer())))
                .as("the texts of a request the erased person handled must have their traces redacted")
                .containsExactly("À propos de " + Erasure.REDACTED, "Écrire à " + Erasure.REDACTED,
                        Erasure.REDACTED + " vous rappelle");
        assertThat(after).as("every record that did not mention the erased person must read exactly as before")
                .containsAll(notMentioning(before));
        assertThatCode(() -> store().saveHotlineRequest(tenant, handled.closed(T0.plus(Duration.ofDays(2)))))
                .as("a record rewritten by an erasure must be saved again at the version read after it")
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a text that holds a trace only inside a longer word or id is left as it was")
    void nearMissesUntouched() {
        TenantId tenant = freshTenant();
        ProgramId program = store().saveProgram(program(tenant, "p1")).id();
        store().saveParticipant(tenant, participant(program, ErasedPerson.ID, Role.MENTEE));
        store().saveParticipant(tenant, participant(program, ErasedPerson.ID + "-2", Role.MENTOR));
        HotlineRequest request = store().saveHotlineRequest(tenant, HotlineRequest.raised(HotlineRequestId.of("h-1"),
                program, person(ErasedPerson.ID + "-2"), HotlineTopic.QUESTION, "Question de " + ErasedPerson.NAME
                        + "ez", "Mon identifiant est " + ErasedPerson.ID + "-2, écrire à x" + ErasedPerson.EMAIL, T0));
        assertThat(store().erase(tenant, ErasedPerson.erasure()))
                .as("erasing must count only the erased person's participation").isEqualTo(1);
        assertThat(store().findHotlineRequest(tenant, program, request.id()))
                .as("a request naming " + ErasedPerson.NAME + "ez, " + ErasedPerson.ID + "-2 and x"
                        + ErasedPerson.EMAIL + " (someone else) must be left as it was, the erased person's traces"
                        + " being matched as whole words only")
                .contains(request);
        assertThat(store().findParticipant(tenant, program, person(ErasedPerson.ID + "-2")))
                .as("a participant whose id begins with the erased person's must stay").isPresent();
    }



    @Test
    @DisplayName("removing a program removes everything in it and nothing of another program")
    void programRemoved() {
        TenantId tenant = freshTenant();
        ProgramId gone = populate(tenant, "p1");
        ProgramId kept = populate(tenant, "p2");
        List<Object> before = everything(tenant, kept);
        assertThat(store().eraseProgram(tenant, gone)).as("removing a stored program must say it had it").isTrue();
        assertThat(everything(tenant, gone)).as("no read path may return anything of a removed program").isEmpty();
        assertThat(store().programs(tenant)).extracting(p -> p.id().value())
                .as("the tenant's programs after one was removed").containsExactly("p2");
        assertThat(everything(tenant, kept)).as("removing a program must change nothing of another")
                .isEqualTo(before);
        assertThat(store().eraseProgram(tenant, gone)).as("removing a program no longer stored must say so")
                .isFalse();
    }

    @Test
    @DisplayName("clearing hotline texts takes requests closed before the instant, oldest first, at most the limit")
    void hotlineTextsCleared() {
        TenantId tenant = freshTenant();
        ProgramId program = store().saveProgram(program(tenant, "p1")).id();
        for (int i = 0; i < 4; i++) {
            HotlineRequest raised = store().saveHotlineRequest(tenant, HotlineRequest.raised(
                    HotlineRequestId.of("h-" + i), program, person("bruno-kept"), HotlineTopic.QUESTION,
                    "Question " + i, "Détails " + i, T0));
            HotlineRequest answered = store().saveHotlineRequest(tenant, raised.answered("Réponse " + i,
                    T0.plusSeconds(60)));
            if (i < 3) {
                store().saveHotlineRequest(tenant, answered.closed(T0.plus(Duration.ofDays(i + 1L))));
            }
        }
        Instant cutoff = T0.plus(Duration.ofDays(3));
        assertThat(store().clearHotlineTexts(tenant, cutoff, 1))
                .as("a call limited to 1 must clear one request").isEqualTo(1);
        assertThat(store().clearHotlineTexts(tenant, cutoff, 10))
                .as("the next call must clear the other request closed before the instant, and only it").isEqualTo(1);
        assertThat(store().clearHotlineTexts(tenant, cutoff, 10))
                .as("requests already cleared must not be cleared again").isZero();
        List<HotlineRequest> read = store().hotlineRequests(tenant, program);
        assertThat(read).filteredOn(r -> r.subject().equals(ProgramStore.CLEARED_TEXT))
                .extracting(r -> r.id().value())
                .as("the requests closed strictly before the instant are cleared")
                .containsExactlyInAnyOrder("h-0", "h-1");
        for (HotlineRequest r : read) {
            boolean cleared = r.id().value().equals("h-0") || r.id().value().equals("h-1");
            assertThat(List.of(r.subject(), r.details(), String.valueOf(r.answer())))
                    .as("the texts of %s", r.id())
                    .isEqualTo(cleared ? List.of(ProgramStore.CLEARED_TEXT, "", ProgramStore.CLEARED_TEXT)
                            : List.of("Question " + r.id().value().substring(2), "Détails " + r.id().value()
                                    .substring(2), "Réponse " + r.id().value().substring(2)));
        }
        Optional<HotlineRequest> cleared = store().findHotlineRequest(tenant, program, HotlineRequestId.of("h-0"));
        assertThat(cleared).as("a cleared request must stay, with its dates and status").isPresent();
        assertThat(cleared.orElseThrow().closedAt()).as("a cleared request's closing date").isEqualTo(
                T0.plus(Duration.ofDays(1)));
    }
}
