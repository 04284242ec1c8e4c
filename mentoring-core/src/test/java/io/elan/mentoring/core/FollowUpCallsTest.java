package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.elan.mentoring.core.followup.FollowUpCalls;
import io.elan.mentoring.core.followup.FollowUpPolicy;
import io.elan.mentoring.core.followup.FollowUpWindow;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.CallStatus;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.FollowUpCallId;
import io.elan.mentoring.spi.program.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Follow-up calls: planned from the policy, logged with an outcome, overdue in each participant's zone. */
class FollowUpCallsTest {

    private final EngineFixture fixture = new EngineFixture();
    private final FollowUpCalls calls = fixture.acme().followUps();

    private void start(FollowUpPolicy policy) {
        fixture.acme().programs().define(EngineFixture.definition().followUp(policy).build());
        fixture.acme().programs().openEnrolment(SPRING);
        fixture.person("marie");
        fixture.people.put(ACME, Person.of(id("kenji"), "Kenji").toBuilder().zone(ZoneId.of("Asia/Tokyo")).build());
        fixture.people.put(ACME, Person.of(id("rosa"), "Rosa").toBuilder().zone(ZoneId.of("America/Los_Angeles"))
                .build());
        fixture.acme().participants().enrol(SPRING, Role.MENTOR, List.of(id("marie")));
        fixture.acme().participants().enrol(SPRING, Role.MENTEE, List.of(id("kenji"), id("rosa")));
        fixture.acme().pairs().form(SPRING, id("marie"), id("kenji"));
        fixture.acme().programs().markReady(SPRING);
        fixture.clock.set(Instant.parse("2027-01-11T08:00:00Z"));
        fixture.acme().programs().start(SPRING);
    }

    @Test
    @DisplayName("starting plans one call per window for every active participant, and planning again adds none")
    void plannedOnStart() {
        start(FollowUpPolicy.of(new FollowUpWindow(1, 7), new FollowUpWindow(5, 10)));
        assertThat(calls.list(SPRING)).hasSize(6).allMatch(c -> c.status() == CallStatus.PLANNED);
        assertThat(calls.list(SPRING)).filteredOn(c -> c.person().equals(id("rosa")))
                .extracting(FollowUpCall::id, FollowUpCall::dueFrom, FollowUpCall::dueBy)
                .containsExactly(
                        tuple(FollowUpCallId.of("call/rosa/m1"),
                                LocalDate.of(2027, 2, 11), LocalDate.of(2027, 2, 17)),
                        tuple(FollowUpCallId.of("call/rosa/m5"),
                                LocalDate.of(2027, 6, 11), LocalDate.of(2027, 6, 20)));
        assertThat(calls.plan(SPRING)).isEmpty();
    }

    @Test
    @DisplayName("a call is overdue once its window is over in the participant's own zone")
    void overdueInTheParticipantsZone() {
        start(FollowUpPolicy.of(new FollowUpWindow(1, 7)));
        // 2027-02-17T16:00Z is already the 18th in Tokyo, still the 17th in Paris and Los Angeles.
        fixture.clock.set(Instant.parse("2027-02-17T16:00:00Z"));
        assertThat(calls.overdue(SPRING)).extracting(c -> c.person().value()).containsExactly("kenji");
        // 2027-02-18T07:00Z is the 18th in Paris, still the 17th in Los Angeles.
        fixture.clock.set(Instant.parse("2027-02-18T07:00:00Z"));
        assertThat(calls.overdue(SPRING)).extracting(c -> c.person().value())
                .containsExactlyInAnyOrder("kenji", "marie");
        fixture.clock.set(Instant.parse("2027-02-18T08:00:00Z"));
        assertThat(calls.overdue(SPRING)).hasSize(3);
    }

    @Test
    @DisplayName("a call that took place is logged with its outcome and appended once to the activity log")
    void loggedCallIsActivity() {
        start(FollowUpPolicy.of(new FollowUpWindow(1, 7)));
        fixture.clock.set(Instant.parse("2027-02-12T10:00:00Z"));
        FollowUpCallId call = FollowUpCallId.of("call/kenji/m1");
        FollowUpCall logged = calls.log(SPRING, call, CallOutcome.REACHED, "Bon démarrage.");
        assertThat(logged.status()).isEqualTo(CallStatus.LOGGED);
        assertThat(logged.loggedAt()).isEqualTo(fixture.clock.instant());
        assertThat(calls.log(SPRING, call, CallOutcome.REACHED, "Bon démarrage.")).isEqualTo(logged);
        assertThat(fixture.activity()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(ActivityKind.CHECKPOINT_CALL);
            assertThat(event.person()).isEqualTo(id("kenji"));
            assertThat(event.attributes()).containsEntry("outcome", "REACHED");
        });
        assertThat(calls.overdue(SPRING)).noneMatch(c -> c.id().equals(call));
    }

    @Test
    @DisplayName("an unanswered call is logged without activity and may be logged again after another attempt")
    void noAnswerThenReached() {
        start(FollowUpPolicy.of(new FollowUpWindow(1, 7)));
        FollowUpCallId call = FollowUpCallId.of("call/rosa/m1");
        calls.log(SPRING, call, CallOutcome.NO_ANSWER, null);
        assertThat(fixture.activity()).isEmpty();
        calls.log(SPRING, call, CallOutcome.REACHED, "Rappelée le lendemain.");
        assertThat(fixture.activity()).hasSize(1);
        assertThatThrownBy(() -> calls.log(SPRING, call, CallOutcome.DECLINED, null))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage("follow-up call call/rosa/m1: cannot log DECLINED: already logged as REACHED;"
                        + " only a NO_ANSWER call may be logged again");
    }

    @Test
    @DisplayName("calls are planned only for a running program")
    void planOnlyWhileRunning() {
        fixture.acme().programs().define(EngineFixture.definition().build());
        assertThatThrownBy(() -> calls.plan(SPRING))
                .hasMessage("program spring-2027: cannot plan follow-up calls while DRAFT: calls are planned once"
                        + " RUNNING");
    }
}
