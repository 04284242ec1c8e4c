package io.elan.mentoring.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.Elan;
import io.elan.mentoring.core.TenantScope;
import io.elan.mentoring.core.activity.PairActivity;
import io.elan.mentoring.core.engagement.WeeklyActivity;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.memory.InMemoryStores;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.core.survey.SurveyLinks;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.survey.collection.InMemoryWaveSecrets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engagement tracker keeps weekly counters per pair and per person in memory; an erasure through the engine must
 * leave no trace of the person in anything {@code tenant.engagement()} returns, counted before the erasure or after.
 */
@DisplayName("after an erasure, the engagement tracker's counters and assessments no longer know the person")
class ErasureForgetsEngagementTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final ProgramId SPRING = ProgramId.of("spring-2027");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate KICK_OFF = LocalDate.of(2027, 1, 11);
    private static final PersonId ERASED = PersonId.of("mentee-erased");

    @Test
    @DisplayName("weekly activity, momentum and assessments hold neither the erased person's id nor their counts")
    void trackerForgets() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-01-04T08:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        InMemoryPeopleDirectory people = new InMemoryPeopleDirectory();
        for (String id : List.of("mentor-1", "mentor-2", "mentee-2", ERASED.value())) {
            people.put(ACME, Person.of(PersonId.of(id), "Person " + id).toBuilder().email(id + "@acme.example")
                    .build());
        }
        Elan elan = Elan.builder().stores(new InMemoryStores()).waveSecrets(new InMemoryWaveSecrets())
                .surveyLinks(SurveyLinks.template("https://hr.example/surveys/{token}"))
                .messageGateway(new InMemoryMessageGateway(Channel.EMAIL)).peopleDirectory(people).clock(clock)
                .build();
        TenantScope acme = elan.tenant(ACME);
        acme.programs().define(ProgramDefinition.builder().id(SPRING).name("Mentorat printemps 2027")
                .kickOff(KICK_OFF).zone(PARIS).build());
        acme.programs().openEnrolment(SPRING);
        acme.participants().enrol(SPRING, Role.MENTOR, List.of(PersonId.of("mentor-1"), PersonId.of("mentor-2")));
        acme.participants().enrol(SPRING, Role.MENTEE, List.of(ERASED, PersonId.of("mentee-2")));
        acme.pairs().form(SPRING, PersonId.of("mentor-1"), ERASED);
        acme.pairs().form(SPRING, PersonId.of("mentor-2"), PersonId.of("mentee-2"));
        acme.programs().markReady(SPRING);
        now.set(KICK_OFF.atTime(9, 0).atZone(PARIS).toInstant());
        acme.programs().start(SPRING);
        List<Pair> pairs = acme.pairs().list(SPRING);
        Instant meeting = Instant.parse("2027-01-20T12:00:00Z");
        now.set(meeting.plusSeconds(3600));
        acme.activity().reportPairActivity(SPRING, pairs.stream().map(p -> PairActivity.meeting(p.id(), meeting))
                .toList());
        acme.hotline().raise(SPRING, HotlineRequestId.of("hotline-1"), ERASED, HotlineTopic.QUESTION,
                "Fréquence des rencontres", "Tous les combien ?");
        assertThat(acme.engagement().weeklyActivity(SPRING).people()).as("people counted before the erasure")
                .contains(ERASED);

        acme.privacy().erase(ERASED);

        WeeklyActivity weekly = acme.engagement().weeklyActivity(SPRING);
        assertThat(weekly.people()).as("people the tracker counts after the erasure").doesNotContain(ERASED);
        List<String> returned = new ArrayList<>();
        returned.add(String.valueOf(weekly.people()));
        returned.add(String.valueOf(weekly.pairs()));
        returned.add(String.valueOf(acme.engagement().assess(SPRING)));
        returned.add(String.valueOf(acme.engagement().assessAll()));
        returned.add(String.valueOf(acme.engagement().momentum(SPRING, LocalDate.of(2027, 1, 25))));
        assertThat(returned).as("what tenant.engagement() returns after the erasure")
                .noneSatisfy(text -> assertThat(text).contains(ERASED.value()));
        PairId other = pairs.stream().filter(p -> p.mentee().equals(PersonId.of("mentee-2"))).findFirst()
                .orElseThrow().id();
        int week = weekly.weekStarts().indexOf(KICK_OFF.plusWeeks(1));
        assertThat(weekly.count(other, ActivityKind.PAIR_MEETING, week))
                .as("another pair's meeting is still counted").isEqualTo(1);
        assertThat(weekly.people()).as("the other people the tracker still counts")
                .contains(PersonId.of("mentor-1"), PersonId.of("mentor-2"), PersonId.of("mentee-2"));
    }
}
