package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.directory.DirectoryCacheStatistics;
import io.elan.mentoring.core.event.ParticipantLeft;
import io.elan.mentoring.core.program.EnrolmentResult;
import io.elan.mentoring.core.program.LeaverCheck;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.CallStatus;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.ParticipantStatus;
import io.elan.mentoring.spi.program.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Participants from the people directory: bulk and cached look-ups, what is reported, leavers and late joiners. */
class ParticipantsTest {

    private final EngineFixture fixture =
            new EngineFixture(builder -> builder.directoryCache(Duration.ofHours(1), 1000));
    private final TenantScope acme = fixture.acme();

    private void openProgram() {
        acme.programs().define(EngineFixture.definition().build());
        acme.programs().openEnrolment(SPRING);
    }

    @Test
    @DisplayName("enrolling 500 people costs one bulk directory call, then none while they are cached")
    void fiveHundredPeopleOneBulkCall() {
        List<PersonId> mentees = IntStream.rangeClosed(1, 500).mapToObj(i -> "person-" + i)
                .peek(fixture::person).map(PersonId::of).toList();
        openProgram();

        EnrolmentResult result = acme.participants().enrol(SPRING, Role.MENTEE, mentees);
        assertThat(result.enrolled()).hasSize(500);
        assertThat(fixture.directory.bulkCalls()).isEqualTo(1);
        assertThat(fixture.directory.peopleAskedFor()).isEqualTo(500);

        EnrolmentResult again = acme.participants().enrol(SPRING, Role.MENTEE, mentees);
        acme.participants().flagLeavers(SPRING);
        assertThat(again.alreadyEnrolled()).hasSize(500);
        assertThat(fixture.directory.bulkCalls()).isEqualTo(1);
        DirectoryCacheStatistics statistics = fixture.elan.directoryCacheStatistics();
        assertThat(statistics.misses()).isEqualTo(500);
        assertThat(statistics.hits()).isEqualTo(1000);
        assertThat(statistics.bulkCalls()).isEqualTo(1);
        assertThat(statistics.size()).isEqualTo(500);
    }

    @Test
    @DisplayName("cached answers expire after the time-to-live, measured on the engine's clock")
    void cacheExpires() {
        fixture.person("lea");
        openProgram();
        acme.participants().enrol(SPRING, Role.MENTEE, List.of(id("lea")));
        fixture.clock.advance(Duration.ofMinutes(59));
        acme.participants().flagLeavers(SPRING);
        assertThat(fixture.directory.bulkCalls()).isEqualTo(1);
        fixture.clock.advance(Duration.ofMinutes(2));
        acme.participants().flagLeavers(SPRING);
        assertThat(fixture.directory.bulkCalls()).isEqualTo(2);
    }

    @Test
    @DisplayName("people unknown to the directory or who left are reported, not enrolled, not dropped silently")
    void unknownAndInactive() {
        fixture.person("lea").leaver("gone");
        openProgram();
        EnrolmentResult result = acme.participants().enrol(SPRING, Role.MENTEE,
                List.of(id("lea"), id("gone"), id("ghost"), id("lea")));
        assertThat(result.enrolled()).extracting(Participant::person).containsExactly(id("lea"));
        assertThat(result.inactive()).containsExactly(id("gone"));
        assertThat(result.unknown()).containsExactly(id("ghost"));
        assertThat(result.alreadyEnrolled()).isEmpty();
    }

    @Test
    @DisplayName("a participant takes part once per program: enrolling them in the other community changes nothing")
    void oncePerProgram() {
        fixture.person("lea");
        openProgram();
        acme.participants().enrol(SPRING, Role.MENTEE, List.of(id("lea")));
        EnrolmentResult asMentor = acme.participants().enrol(SPRING, Role.MENTOR, List.of(id("lea")));
        assertThat(asMentor.alreadyEnrolled()).containsExactly(id("lea"));
        assertThat(fixture.store.findParticipant(ACME, SPRING, id("lea")).orElseThrow().role()).isEqualTo(Role.MENTEE);
    }

    @Test
    @DisplayName("participants take their zone and language from the directory")
    void zoneAndLocaleFromTheDirectory() {
        fixture.people.put(ACME, Person.of(id("ana"), "Ana").toBuilder().zone(ZoneId.of("America/Sao_Paulo"))
                .locale(java.util.Locale.forLanguageTag("pt-BR")).build());
        openProgram();
        Participant ana = acme.participants().enrol(SPRING, Role.MENTOR, List.of(id("ana"))).enrolled().get(0);
        assertThat(ana.zone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        assertThat(ana.locale().toLanguageTag()).isEqualTo("pt-BR");
        assertThat(ana.enrolledOn()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    @DisplayName("enrolment is refused while the program is a draft")
    void notWhileDraft() {
        acme.programs().define(EngineFixture.definition().build());
        assertThatThrownBy(() -> acme.participants().enrol(SPRING, Role.MENTOR, List.of(id("lea"))))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage("program spring-2027: cannot enrol while the program is DRAFT"
                        + " (allowed while ENROLLING, READY or RUNNING)");
    }

    @Test
    @DisplayName("leavers are flagged LEFT with an event, keep their pair, and lose their planned calls")
    void leaversAreFlagged() {
        fixture.enrollingProgramWithPairs(2);
        acme.programs().markReady(SPRING);
        fixture.clock.set(Instant.parse("2027-01-11T08:00:00Z"));
        acme.programs().start(SPRING);
        fixture.leaver("mentee-2");
        fixture.elan.directory().invalidate(ACME, List.of(id("mentee-2")));
        fixture.newEvents();

        LeaverCheck check = acme.participants().flagLeavers(SPRING);

        assertThat(check.flagged()).extracting(Participant::person).containsExactly(id("mentee-2"));
        assertThat(fixture.store.findParticipant(ACME, SPRING, id("mentee-2")).orElseThrow().status())
                .isEqualTo(ParticipantStatus.LEFT);
        assertThat(fixture.newEvents()).containsExactly(new ParticipantLeft(ACME, SPRING, fixture.clock.instant(),
                id("mentee-2"), Role.MENTEE));
        assertThat(acme.followUps().list(SPRING)).filteredOn(c -> c.person().equals(id("mentee-2")))
                .hasSize(2).allMatch(c -> c.status() == CallStatus.CANCELLED);
        assertThat(acme.pairs().list(SPRING)).hasSize(2);
        assertThat(acme.participants().flagLeavers(SPRING).flagged()).as("flagged once").isEmpty();
    }

    @Test
    @DisplayName("someone joining a running program gets the follow-up calls whose window is not over")
    void lateJoinerGetsRemainingCalls() {
        fixture.enrollingProgramWithPairs(1);
        acme.programs().markReady(SPRING);
        fixture.clock.set(Instant.parse("2027-01-11T08:00:00Z"));
        acme.programs().start(SPRING);
        fixture.clock.set(Instant.parse("2027-04-01T08:00:00Z"));
        fixture.person("late");
        acme.participants().enrol(SPRING, Role.MENTEE, List.of(id("late")));
        assertThat(acme.followUps().list(SPRING)).filteredOn(c -> c.person().equals(id("late")))
                .extracting(FollowUpCall::dueFrom).containsExactly(LocalDate.of(2027, 8, 11));
    }

    @Test
    @DisplayName("a participant's chosen channel and opt-outs are recorded, and an unknown person is not found")
    void preferences() {
        fixture.person("marie");
        acme.programs().define(EngineFixture.definition().build());
        acme.programs().openEnrolment(SPRING);
        acme.participants().enrol(SPRING, Role.MENTOR, List.of(id("marie")));

        Participant chosen = acme.participants().setPreferences(SPRING, id("marie"), Channel.WHATSAPP,
                Set.of("nudge"));
        Participant again = acme.participants().setPreferences(SPRING, id("marie"), Channel.WHATSAPP,
                Set.of("nudge"));

        assertThat(chosen.preferredChannel()).isEqualTo(Channel.WHATSAPP);
        assertThat(chosen.optOuts()).containsExactly("nudge");
        assertThat(again.version()).as("the same preferences again change nothing").isEqualTo(chosen.version());
        assertThat(fixture.store.findParticipant(ACME, SPRING, id("marie"))).contains(chosen);
        assertThatThrownBy(() -> acme.participants().setPreferences(SPRING, id("nobody"), Channel.EMAIL, Set.of()))
                .isInstanceOf(NotFoundException.class);
    }
}
