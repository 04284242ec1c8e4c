package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.elan.mentoring.core.activity.PairActivity;
import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.event.AttendanceRecorded;
import io.elan.mentoring.core.event.FollowUpCallLogged;
import io.elan.mentoring.core.event.FollowUpCallsPlanned;
import io.elan.mentoring.core.event.HotlineRequestRaised;
import io.elan.mentoring.core.event.HotlineRequestStatusChanged;
import io.elan.mentoring.core.event.PairFormed;
import io.elan.mentoring.core.event.ParticipantEnrolled;
import io.elan.mentoring.core.event.ProgramDefined;
import io.elan.mentoring.core.event.ProgramStatusChanged;
import io.elan.mentoring.core.followup.FollowUpCalls;
import io.elan.mentoring.core.hotline.OverdueHotlineRequest;
import io.elan.mentoring.core.program.RunningPhase;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.CallStatus;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.FollowUpCallId;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineStatus;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One program from its definition to its closing, through the public API only, checking state and events. */
class ProgramJourneyTest {

    private final EngineFixture fixture = new EngineFixture(builder -> builder
            .engagementSettings(EngagementSettings.builder().programManager(id("equipe")).build()))
            .person("marie").person("paul").person("lea").person("hugo").person("ines").person("equipe");
    private final TenantScope acme = fixture.acme();

    @Test
    @DisplayName("a program goes from DRAFT to CLOSED with pairs, a hotline request, follow-up calls and attendance")
    void fromDraftToClosed() {
        // Definition: stored as a draft with the defaults the practice recommends.
        Program draft = acme.programs().define(EngineFixture.definition().build());
        assertThat(draft.status()).isEqualTo(ProgramStatus.DRAFT);
        assertThat(draft.closing()).isEqualTo(LocalDate.of(2027, 11, 11));
        assertThat(fixture.store.findProgram(ACME, SPRING)).contains(draft);
        assertThat(fixture.newEvents()).singleElement().isInstanceOfSatisfying(ProgramDefined.class,
                e -> assertThat(e.version()).isEqualTo(draft.version()));

        // Participants: two mentors, three mentees, two pairs.
        Program enrolling = acme.programs().openEnrolment(SPRING);
        assertThat(enrolling.status()).isEqualTo(ProgramStatus.ENROLLING);
        assertThat(enrolling.version()).isEqualTo(draft.version() + 1);
        assertThat(fixture.newEvents()).containsExactly(new ProgramStatusChanged(ACME, SPRING,
                fixture.clock.instant(), ProgramStatus.DRAFT, ProgramStatus.ENROLLING, enrolling.version()));

        acme.participants().enrol(SPRING, Role.MENTOR, List.of(id("marie"), id("paul")));
        acme.participants().enrol(SPRING, Role.MENTEE, List.of(id("lea"), id("hugo"), id("ines")));
        assertThat(acme.participants().participants(SPRING, Role.MENTOR)).hasSize(2);
        assertThat(acme.participants().participants(SPRING, Role.MENTEE)).hasSize(3);
        assertThat(fixture.newEvents()).hasSize(5).allMatch(ParticipantEnrolled.class::isInstance);

        Pair marieLea = acme.pairs().form(SPRING, id("marie"), id("lea"));
        Pair paulHugo = acme.pairs().form(SPRING, id("paul"), id("hugo"));
        assertThat(fixture.store.pairs(ACME, SPRING)).containsExactly(marieLea, paulHugo);
        assertThat(fixture.newEvents()).containsExactly(
                new PairFormed(ACME, SPRING, fixture.clock.instant(), marieLea.id(), id("marie"), id("lea")),
                new PairFormed(ACME, SPRING, fixture.clock.instant(), paulHugo.id(), id("paul"), id("hugo")));

        Program ready = acme.programs().markReady(SPRING);
        assertThat(ready.status()).isEqualTo(ProgramStatus.READY);
        assertThat(fixture.newEvents()).singleElement().isInstanceOf(ProgramStatusChanged.class);

        // Kick-off: refused a week early, then started on the day, planning two calls for each of the five.
        assertThatThrownBy(() -> acme.programs().start(SPRING))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage("program spring-2027: cannot start before the kick-off on 2027-01-11"
                        + " (today is 2027-01-04 in Europe/Paris)");
        assertThat(fixture.newEvents()).isEmpty();
        fixture.clock.set(Instant.parse("2027-01-11T08:00:00Z"));
        Program running = acme.programs().start(SPRING);
        assertThat(running.status()).isEqualTo(ProgramStatus.RUNNING);
        assertThat(fixture.store.findProgram(ACME, SPRING)).contains(running);
        List<FollowUpCall> calls = acme.followUps().list(SPRING);
        assertThat(calls).hasSize(10).allMatch(c -> c.status() == CallStatus.PLANNED);
        assertThat(calls).filteredOn(c -> c.person().equals(id("lea")))
                .extracting(FollowUpCall::dueFrom, FollowUpCall::dueBy)
                .containsExactly(
                        tuple(LocalDate.of(2027, 3, 11), LocalDate.of(2027, 3, 24)),
                        tuple(LocalDate.of(2027, 8, 11), LocalDate.of(2027, 8, 24)));
        List<?> startEvents = fixture.newEvents();
        assertThat(startEvents).hasSize(2);
        assertThat(startEvents.get(0)).isInstanceOfSatisfying(ProgramStatusChanged.class,
                e -> assertThat(e.to()).isEqualTo(ProgramStatus.RUNNING));
        assertThat(startEvents.get(1)).isInstanceOfSatisfying(FollowUpCallsPlanned.class,
                e -> assertThat(e.calls()).hasSize(10));
        assertThat(acme.programs().phase(SPRING)).contains(RunningPhase.FIRST_HALF);

        // Kick-off event attendance, reported twice the week after: the log keeps one event per attendee.
        fixture.clock.set(Instant.parse("2027-01-22T08:00:00Z"));
        TouchpointId kickOffEvent = TouchpointId.of("kick-off");
        fixture.store.saveTouchpoint(ACME, Touchpoint.builder().id(kickOffEvent).program(SPRING)
                .format(Format.KICK_OFF).theme("Lancement").start(Instant.parse("2027-01-11T16:00:00Z"))
                .duration(Duration.ofHours(2)).build());
        Map<PersonId, AttendanceStatus> attendance = new LinkedHashMap<>();
        attendance.put(id("marie"), AttendanceStatus.ATTENDED);
        attendance.put(id("lea"), AttendanceStatus.ATTENDED);
        attendance.put(id("paul"), AttendanceStatus.ABSENT);
        assertThat(acme.activity().recordAttendance(SPRING, kickOffEvent, attendance).appended()).isEqualTo(2);
        assertThat(acme.activity().recordAttendance(SPRING, kickOffEvent, attendance).duplicates()).isEqualTo(2);
        assertThat(acme.activity().attendance(SPRING, kickOffEvent)).hasSize(3);
        assertThat(fixture.newEvents()).hasSize(2).allMatch(AttendanceRecorded.class::isInstance);

        // Pairs report their meetings; a replayed report adds nothing.
        List<PairActivity> reports = List.of(
                PairActivity.meeting(marieLea.id(), Instant.parse("2027-01-20T12:00:00Z")),
                PairActivity.message(paulHugo.id(), Instant.parse("2027-01-21T09:30:00Z")));
        assertThat(acme.activity().reportPairActivity(SPRING, reports).appended()).isEqualTo(2);
        assertThat(acme.activity().reportPairActivity(SPRING, reports).duplicates()).isEqualTo(2);

        // Hotline: raised on a Friday, due two working days later (Tuesday), assigned, answered, closed.
        fixture.clock.set(Instant.parse("2027-02-05T09:00:00Z"));
        HotlineRequestId question = HotlineRequestId.of("ticket-42");
        HotlineRequest raised = acme.hotline().raise(SPRING, question, id("hugo"), HotlineTopic.DIFFICULTY,
                "Rythme des rencontres", "Nous avons du mal à trouver un créneau.");
        assertThat(raised.status()).isEqualTo(HotlineStatus.OPEN);
        assertThat(fixture.newEvents()).containsExactly(new HotlineRequestRaised(ACME, SPRING,
                fixture.clock.instant(), question, id("hugo"), HotlineTopic.DIFFICULTY));
        acme.hotline().assign(SPRING, question, id("coordinator"));
        fixture.clock.set(Instant.parse("2027-02-09T08:59:00Z"));
        assertThat(acme.hotline().overdue(SPRING)).isEmpty();
        fixture.clock.set(Instant.parse("2027-02-09T09:01:00Z"));
        assertThat(acme.hotline().overdue(SPRING)).extracting(OverdueHotlineRequest::answerDueBy)
                .containsExactly(Instant.parse("2027-02-09T09:00:00Z"));
        acme.hotline().answer(SPRING, question, "Proposez un créneau fixe toutes les deux semaines.");
        HotlineRequest closed = acme.hotline().close(SPRING, question);
        assertThat(closed.status()).isEqualTo(HotlineStatus.CLOSED);
        assertThat(fixture.store.findHotlineRequest(ACME, SPRING, question)).contains(closed);
        assertThat(fixture.newEvents()).extracting(e -> ((HotlineRequestStatusChanged) e).to())
                .containsExactly(HotlineStatus.ASSIGNED, HotlineStatus.ANSWERED, HotlineStatus.CLOSED);

        // Month-2 follow-up calls: two logged within the window, the other three overdue once it closed.
        fixture.clock.set(Instant.parse("2027-03-15T10:00:00Z"));
        FollowUpCallId marieCall = FollowUpCallId.of("call/marie/m2");
        FollowUpCallId leaCall = FollowUpCallId.of("call/lea/m2");
        acme.followUps().log(SPRING, marieCall, CallOutcome.REACHED, "Tout va bien.");
        acme.followUps().log(SPRING, leaCall, CallOutcome.CONCERN_RAISED, "Peu de rencontres.");
        assertThat(fixture.newEvents()).extracting(e -> ((FollowUpCallLogged) e).call())
                .containsExactly(marieCall, leaCall);
        // The concern goes to the program manager at once.
        try (Stream<OutboxEntry> queued = fixture.outbox.entries(ACME, SPRING)) {
            assertThat(queued.map(OutboxEntry::message).filter(m -> m.kind().equals(FollowUpCalls.CONCERN_KIND)))
                    .singleElement().satisfies(m -> assertThat(m.recipient()).isEqualTo(id("equipe")));
        }
        fixture.clock.set(Instant.parse("2027-03-25T10:00:00Z"));
        assertThat(acme.followUps().overdue(SPRING)).extracting(c -> c.person().value())
                .containsExactlyInAnyOrder("paul", "hugo", "ines");

        // Mid-point, then the closing phase: no new pair from then on.
        fixture.clock.set(Instant.parse("2027-06-12T10:00:00Z"));
        assertThat(acme.programs().phase(SPRING)).contains(RunningPhase.MID_POINT);
        fixture.clock.set(Instant.parse("2027-10-25T10:00:00Z"));
        assertThat(acme.programs().phase(SPRING)).contains(RunningPhase.SECOND_HALF);
        Program closing = acme.programs().beginClosing(SPRING);
        assertThat(closing.status()).isEqualTo(ProgramStatus.CLOSING);
        assertThat(acme.programs().phase(SPRING)).isEmpty();
        assertThatThrownBy(() -> acme.pairs().form(SPRING, id("paul"), id("ines")))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage("program spring-2027: cannot form a pair while the program is CLOSING:"
                        + " no new pair once closing has begun");

        Program closed2 = acme.programs().close(SPRING);
        assertThat(closed2.status()).isEqualTo(ProgramStatus.CLOSED);
        assertThat(fixture.store.findProgram(ACME, SPRING)).contains(closed2);
        assertThat(fixture.newEvents()).extracting(e -> ((ProgramStatusChanged) e).to())
                .containsExactly(ProgramStatus.CLOSING, ProgramStatus.CLOSED);

        // What the activity log holds at the end: every kind the journey reported, each once.
        assertThat(fixture.activity()).extracting(ActivityEvent::kind).containsExactlyInAnyOrder(
                ActivityKind.TOUCHPOINT_ATTENDED, ActivityKind.TOUCHPOINT_ATTENDED,
                ActivityKind.PAIR_MEETING, ActivityKind.PAIR_MESSAGE,
                ActivityKind.HOTLINE_REQUEST,
                ActivityKind.CHECKPOINT_CALL, ActivityKind.CHECKPOINT_CALL);
        assertThat(acme.pairs().list(SPRING)).extracting(Pair::id)
                .containsExactly(PairId.of("pair-00001"), PairId.of("pair-00002"));
    }
}
