package io.elan.mentoring.report.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.Elan;
import io.elan.mentoring.core.TenantScope;
import io.elan.mentoring.core.activity.PairActivity;
import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.core.memory.InMemoryStores;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.core.survey.SurveyLinks;
import io.elan.mentoring.report.model.EngagementLevel;
import io.elan.mentoring.report.model.MessageRecord;
import io.elan.mentoring.report.model.PairEvent;
import io.elan.mentoring.report.model.PairRecord;
import io.elan.mentoring.report.model.ReportInput;
import io.elan.mentoring.report.model.WeekRecord;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.DeliveryMode;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.survey.collection.InMemoryWaveSecrets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs a small program on the engine in memory, week by week as a host does (activity, weekly assessment, nudges,
 * delivery), then reads its report: one pair meets every week, one never meets until week 8, one meets every week
 * too. What the reader rebuilds must be what happened.
 */
@DisplayName("the report’s input read from the engine")
class ElanReportReaderTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final ProgramId SPRING = ProgramId.of("spring-2027");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A Monday. */
    private static final LocalDate KICK_OFF = LocalDate.of(2027, 1, 11);
    private static final int WEEKS = 12;
    private static final int LATE_WEEK = 8;

    private final SteppedClock clock = new SteppedClock(at(KICK_OFF.minusDays(7), 9));
    private final InMemoryStores stores = new InMemoryStores();
    private final InMemoryProgramStore store = stores.programStore();
    private final InMemoryPeopleDirectory directory = new InMemoryPeopleDirectory();
    private Elan elan;
    private final List<Pair> pairs = new ArrayList<>();

    @BeforeEach
    void runTwelveWeeks() {
        directory.put(ACME, Person.of(PersonId.of("team"), "Programme team"));
        elan = Elan.builder().stores(stores).waveSecrets(new InMemoryWaveSecrets())
                .surveyLinks(SurveyLinks.template("https://hr.example/surveys/{token}"))
                .messageGateway(new InMemoryMessageGateway(Channel.EMAIL)).peopleDirectory(directory).clock(clock)
                .engagementSettings(EngagementSettings.builder().programManager(PersonId.of("team")).build())
                .build();
        TenantScope acme = elan.tenant(ACME);
        acme.programs().define(ProgramDefinition.builder().id(SPRING).name("Mentorat printemps 2027")
                .kickOff(KICK_OFF).zone(PARIS).locale(Locale.FRENCH).build());
        acme.programs().openEnrolment(SPRING);
        String[] numbers = {"One", "Two", "Three"};
        for (String n : numbers) {
            directory.put(ACME, Person.of(PersonId.of("mentor-" + n), "Mentor " + n).toBuilder()
                    .email("mentor." + n.toLowerCase(Locale.ROOT) + "@example.com").build());
            directory.put(ACME, Person.of(PersonId.of("mentee-" + n), "Mentee " + n));
            acme.participants().enrol(SPRING, Role.MENTOR, List.of(PersonId.of("mentor-" + n)));
            acme.participants().enrol(SPRING, Role.MENTEE, List.of(PersonId.of("mentee-" + n)));
            pairs.add(acme.pairs().form(SPRING, PersonId.of("mentor-" + n), PersonId.of("mentee-" + n)));
        }
        acme.programs().markReady(SPRING);
        clock.set(at(KICK_OFF, 8));
        acme.programs().start(SPRING);
        Touchpoint webinar = Touchpoint.builder().id(TouchpointId.of("webinar-1")).program(SPRING)
                .format(Format.WEBINAR_FOCUS).theme("L’écoute active").start(at(KICK_OFF.plusDays(10), 12))
                .duration(Duration.ofMinutes(45)).mode(DeliveryMode.REMOTE).audience(Audience.BOTH).build();
        store.saveTouchpoint(ACME, webinar);

        for (int week = 0; week < WEEKS; week++) {
            LocalDate monday = KICK_OFF.plusWeeks(week);
            clock.set(at(monday.plusDays(2), 14));
            List<PairActivity> met = new ArrayList<>();
            met.add(PairActivity.meeting(pairs.get(0).id(), at(monday.plusDays(2), 12)));
            met.add(PairActivity.meeting(pairs.get(2).id(), at(monday.plusDays(2), 12)));
            if (week >= LATE_WEEK) {
                met.add(PairActivity.meeting(pairs.get(1).id(), at(monday.plusDays(2), 12)));
            }
            acme.activity().reportPairActivity(SPRING, met);
            if (week == 1) {
                clock.set(at(monday.plusDays(3), 14));
                acme.activity().recordAttendance(SPRING, webinar.id(), Map.of(
                        PersonId.of("mentor-One"), AttendanceStatus.ATTENDED,
                        PersonId.of("mentee-One"), AttendanceStatus.ATTENDED,
                        PersonId.of("mentor-Two"), AttendanceStatus.ABSENT));
            }
            // The host's timer: the engine assesses the week that ended and nudges, then delivers in sending hours.
            clock.set(at(monday.plusWeeks(1), 8));
            elan.runDue(ACME);
            clock.set(at(monday.plusWeeks(1), 10));
            elan.runDue(ACME);
        }
    }

    private ReportInput read() {
        return ElanReportReader.builder().elan(elan).program(ACME, SPRING).stores(stores)
                .communicationSettings(CommunicationSettings.defaults()).asOf(KICK_OFF.plusWeeks(WEEKS))
                .locale(Locale.ENGLISH).build().read();
    }

    @Test
    @DisplayName("the pair that does not meet is flagged, nudged, escalated to the team, and resolved once it meets")
    void history() {
        PairRecord late = pair(read(), "mentor-Two");

        List<PairEvent> flagged = late.history().stream()
                .filter(e -> e.kind() == PairEvent.Kind.FLAGGED && "NEVER_STARTED".equals(e.findingCode())).toList();
        assertThat(flagged).singleElement().satisfies(e -> {
            assertThat(e.who()).isEmpty();
            assertThat(e.detail()).contains("first meeting");
        });
        LocalDate first = flagged.get(0).date();
        assertThat(late.history()).filteredOn(e -> e.kind() == PairEvent.Kind.NUDGED).isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.who()).containsExactlyInAnyOrder("Mentor Two", "Mentee Two");
                    assertThat(e.date()).isAfterOrEqualTo(first);
                });
        assertThat(late.history()).filteredOn(e -> e.kind() == PairEvent.Kind.ESCALATED).isNotEmpty()
                .allSatisfy(e -> assertThat(e.who()).containsExactly("Programme team"));
        assertThat(late.history()).filteredOn(e -> e.kind() == PairEvent.Kind.RESOLVED
                        && "NEVER_STARTED".equals(e.findingCode()))
                .singleElement().extracting(PairEvent::date).isEqualTo(KICK_OFF.plusWeeks(LATE_WEEK + 1));
        assertThat(late.history()).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
    }

    @Test
    @DisplayName("the pairs that meet every week have no history, and nobody else’s nudges or escalations")
    void quietPairs() {
        ReportInput input = read();

        for (String mentor : List.of("mentor-One", "mentor-Three")) {
            PairRecord pair = pair(input, mentor);
            assertThat(pair.history()).filteredOn(e -> e.kind() == PairEvent.Kind.NUDGED
                    || e.kind() == PairEvent.Kind.ESCALATED).isEmpty();
            assertThat(pair.weeklyLevels()).doesNotContain(EngagementLevel.DISENGAGED);
        }
    }

    @Test
    @DisplayName("each week counts the pairs at each level as the pairs' own weekly levels say, and those that met")
    void weeks() {
        ReportInput input = read();

        assertThat(input.weeks()).hasSize(WEEKS);
        for (WeekRecord week : input.weeks()) {
            Map<EngagementLevel, Integer> counted = new EnumMap<>(EngagementLevel.class);
            for (EngagementLevel level : EngagementLevel.values()) {
                counted.put(level, 0);
            }
            input.pairs().forEach(p -> counted.merge(p.weeklyLevels().get(week.week()), 1, Integer::sum));
            assertThat(week.pairsByLevel()).as("week " + week.week()).isEqualTo(counted);
            assertThat(week.pairsMet()).as("week " + week.week()).isEqualTo(week.week() >= LATE_WEEK ? 3 : 2);
            assertThat(week.firstDay()).isEqualTo(KICK_OFF.plusWeeks(week.week()));
        }
        PairRecord late = pair(input, "mentor-Two");
        assertThat(late.weeklyLevels().subList(0, 3)).containsOnly(EngagementLevel.ENGAGED);
        assertThat(late.weeklyLevels().get(LATE_WEEK - 1)).isEqualTo(EngagementLevel.DISENGAGED);
    }

    @Test
    @DisplayName("the session counts everyone invited, those recorded and those not, and those who came")
    void sessions() {
        assertThat(read().sessions()).singleElement().satisfies(session -> {
            assertThat(session.invited()).isEqualTo(6);
            assertThat(session.attended()).isEqualTo(2);
            assertThat(session.title()).isEqualTo("L’écoute active");
            assertThat(session.start().getZone()).isEqualTo(PARIS);
        });
    }

    @Test
    @DisplayName("messages are read from the outbox with what became of them; members carry the directory’s details")
    void messagesAndMembers() {
        ReportInput input = read();

        assertThat(input.messages()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo("nudge");
            assertThat(m.delivery()).isEqualTo(MessageRecord.Delivery.SENT);
        });
        assertThat(input.messages()).extracting(MessageRecord::recipient).contains("Mentor Two", "Mentee Two",
                "Programme team");
        assertThat(input.messages()).allSatisfy(m -> assertThat(input.sending().allows(m.at().toInstant(),
                m.recipientZone())).as(m.toString()).isTrue());
        assertThat(input.sending().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(input.programTeam()).isEqualTo("Programme team");
        PairRecord late = pair(input, "mentor-Two");
        assertThat(late.mentor().email()).isEqualTo("mentor.two@example.com");
        assertThat(late.mentee().role()).isEqualTo(Role.MENTEE);
        assertThat(input.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(input.program().name()).isEqualTo("Mentorat printemps 2027");
        assertThat(input.calendar()).isNull();
        assertThat(input.survey()).isNull();
        assertThat(input.activity().pairMeetings()).isEqualTo(2 * WEEKS + (WEEKS - LATE_WEEK));
    }

    @Test
    @DisplayName("the reader names every part it is missing")
    void missingParts() {
        assertThatThrownBy(() -> ElanReportReader.builder().build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContainingAll("elan", "program", "programStore", "outbox");
    }

    private PairRecord pair(ReportInput input, String mentor) {
        return input.pairs().stream().filter(p -> p.mentor().id().equals(mentor)).findFirst().orElseThrow();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(PARIS).toInstant();
    }
}
