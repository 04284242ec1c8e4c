package io.elan.mentoring.core.engagement.internal;

import static io.elan.mentoring.core.engagement.internal.SmallProgram.KICK_OFF;
import static io.elan.mentoring.core.engagement.internal.SmallProgram.PROGRAM;
import static io.elan.mentoring.core.engagement.internal.SmallProgram.TENANT;
import static io.elan.mentoring.core.engagement.internal.SmallProgram.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.communication.delivery.SendingHours;
import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.Finding;
import io.elan.mentoring.core.engagement.NudgeReport;
import io.elan.mentoring.core.engagement.PairAssessment;
import io.elan.mentoring.core.engagement.PersonAssessment;
import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.engagement.ReasonCode;
import io.elan.mentoring.core.engagement.Suppression;
import io.elan.mentoring.core.memory.InMemoryOutbox;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Pair 0 never meets; pairs 1 and 2 meet every week. */
class NudgePolicyTest {
    /** The communication settings' default hours: Monday to Friday, 09:00 to 18:00 in the recipient's zone. */
    private static final SendingHours OFFICE_HOURS = SendingHours.officeHours();

    private static final PersonId MANAGER = PersonId.of("programme-team");

    private final SmallProgram fixture = new SmallProgram();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final MutableClock clock = new MutableClock(mondayOfWeek(6));
    private final EngagementSettings settings = EngagementSettings.builder().programManager(MANAGER).build();
    private final EngagementTracker tracker = new EngagementTracker(fixture.store, fixture.log,
            Clock.fixed(KICK_OFF.plusWeeks(30).atStartOfDay(ZONE).toInstant(), ZONE), settings);

    @BeforeEach
    void activity() {
        int n = 0;
        for (int w = 0; w < 20; w++) {
            for (int pair = 1; pair < SmallProgram.PAIRS; pair++) {
                tracker.record(TENANT, ActivityEvent.ofPair(EventId.of("e" + n++), PROGRAM, SmallProgram.pair(pair),
                        ActivityKind.PAIR_MEETING, KICK_OFF.plusWeeks(w).atTime(12, 0).atZone(ZONE).toInstant(),
                        "host"));
            }
        }
    }

    private static Instant mondayOfWeek(int week) {
        return KICK_OFF.plusWeeks(week).atTime(10, 0).atZone(ZONE).toInstant();
    }

    private NudgeReport applyAtWeek(int week, Function<Program, CompanyCalendar> exclusions, EngagementSettings s) {
        clock.set(mondayOfWeek(week));
        ProgramAssessment a = new DisengagementDetector(tracker, fixture.store, exclusions)
                .assess(TENANT, PROGRAM, KICK_OFF.plusWeeks(week));
        return new NudgePolicy(fixture.store, outbox, exclusions, clock, s, OFFICE_HOURS).apply(a);
    }

    private NudgeReport applyAtWeek(int week) {
        return applyAtWeek(week, TestCalendars.NONE, settings);
    }

    private List<OutboxEntry> outboxEntries() {
        try (Stream<OutboxEntry> entries = outbox.entries(TENANT, PROGRAM)) {
            return entries.toList();
        }
    }

    @Test
    @DisplayName("a flagged pair's mentor and mentee each get one nudge, in their language, with the reason")
    void nudgesBothMembers() {
        NudgeReport report = applyAtWeek(6);
        assertThat(report.enqueued()).extracting(OutgoingMessage::recipient)
                .containsExactlyInAnyOrder(SmallProgram.mentor(0), SmallProgram.mentee(0));
        OutgoingMessage m = report.enqueued().get(0);
        assertThat(m.kind()).isEqualTo(NudgePolicy.KIND);
        assertThat(m.notBefore()).isEqualTo(mondayOfWeek(6));
        assertThat(m.idempotencyKey()).startsWith("nudge:NEVER_STARTED:w6:");
        assertThat(m.content().title()).isEqualTo("Où en est votre binôme\u202f?");
        assertThat(m.content().paragraphs().get(0)).as("the participant's words, with no figure")
                .isEqualTo("Votre binôme n’a pas encore eu son premier rendez-vous.");
    }

    @Test
    @DisplayName("applying again in the same week enqueues nothing new")
    void idempotentWithinTheWeek() {
        applyAtWeek(6);
        NudgeReport again = applyAtWeek(6);
        assertThat(again.enqueued()).isEmpty();
        assertThat(again.suppressed()).extracting(NudgeReport.Suppressed::reason)
                .containsOnly(Suppression.ALREADY_QUEUED);
        assertThat(outboxEntries()).hasSize(2);
    }

    @Test
    @DisplayName("a person gets at most one nudge every two weeks, then the problem goes to the program manager")
    void cooldownThenEscalation() {
        applyAtWeek(6);
        NudgeReport nextWeek = applyAtWeek(7);
        assertThat(nextWeek.enqueued()).isEmpty();
        assertThat(nextWeek.suppressed()).extracting(NudgeReport.Suppressed::reason)
                .containsOnly(Suppression.COOLDOWN);

        NudgeReport twoWeeksLater = applyAtWeek(8);
        assertThat(twoWeeksLater.enqueued()).extracting(OutgoingMessage::recipient)
                .containsExactlyInAnyOrder(SmallProgram.mentor(0), SmallProgram.mentee(0), MANAGER);
        OutgoingMessage escalation = twoWeeksLater.enqueued().stream().filter(m -> m.recipient().equals(MANAGER))
                .findFirst().orElseThrow();
        assertThat(escalation.kind()).isEqualTo(NudgePolicy.KIND);
        assertThat(escalation.content().title()).isEqualTo("Binôme à suivre\u00a0: mentor-0 et mentee-0");
        assertThat(escalation.content().paragraphs().get(0))
                .isEqualTo("Le binôme de mentor-0 et mentee-0 a été relancé le 13 avril 2026 et présente"
                        + " toujours ces signaux\u00a0:");

        NudgeReport weekAfter = applyAtWeek(9);
        assertThat(weekAfter.enqueued()).isEmpty();
        assertThat(weekAfter.suppressed()).extracting(NudgeReport.Suppressed::reason)
                .contains(Suppression.ESCALATION_COOLDOWN);
    }

    @Test
    @DisplayName("an escalation names the pair's members as the directory knows them")
    void escalationNamesPeople() {
        InMemoryPeopleDirectory directory = new InMemoryPeopleDirectory()
                .put(TENANT, Person.of(SmallProgram.mentor(0), "Claire Martin"))
                .put(TENANT, Person.of(SmallProgram.mentee(0), "Lucas Bernard"));
        applyAtWeek(6);
        clock.set(mondayOfWeek(8));
        ProgramAssessment a = new DisengagementDetector(tracker, fixture.store, TestCalendars.NONE)
                .assess(TENANT, PROGRAM, KICK_OFF.plusWeeks(8));
        NudgePolicy policy = new NudgePolicy(fixture.store, outbox, TestCalendars.NONE, clock, settings, OFFICE_HOURS,
                directory, program -> Optional.ofNullable(settings.programManager()));
        NudgeReport report = policy.apply(a);
        OutgoingMessage escalation = report.enqueued().stream().filter(m -> m.recipient().equals(MANAGER))
                .findFirst().orElseThrow();
        assertThat(escalation.content().paragraphs()).noneMatch(p -> p.contains("pair-0"));
        assertThat(policy.escalatedPair(TENANT, escalation)).as("the pair, read from the key").contains(
                a.pairs().get(0).pair());
        assertThat(report.enqueued()).filteredOn(m -> !m.recipient().equals(MANAGER))
                .allSatisfy(nudge -> assertThat(policy.escalatedPair(TENANT, nudge)).isEmpty());
        assertThat(escalation.content().title()).isEqualTo("Binôme à suivre\u00a0: Claire Martin et Lucas Bernard");
        assertThat(escalation.content().paragraphs().get(0)).startsWith("Le binôme de Claire Martin et Lucas Bernard a été"
                + " relancé le 13 avril 2026");
    }

    @Test
    @DisplayName("without a program manager the escalation is reported as held back")
    void noManager() {
        EngagementSettings none = EngagementSettings.defaults();
        applyAtWeek(6, TestCalendars.NONE, none);
        NudgeReport later = applyAtWeek(8, TestCalendars.NONE, none);
        assertThat(later.enqueued()).extracting(OutgoingMessage::recipient).doesNotContain(MANAGER);
        assertThat(later.suppressed()).extracting(NudgeReport.Suppressed::reason).contains(Suppression.NO_MANAGER);
    }

    @Test
    @DisplayName("nothing is sent during a blackout")
    void quietDuringBlackout() {
        LocalDate monday = KICK_OFF.plusWeeks(6);
        Function<Program, CompanyCalendar> blackout = TestCalendars.closed(monday, monday.plusDays(4));
        NudgeReport report = applyAtWeek(6, blackout, settings);
        assertThat(report.enqueued()).isEmpty();
        assertThat(report.suppressed()).extracting(NudgeReport.Suppressed::reason)
                .containsOnly(Suppression.QUIET_PERIOD);
        assertThat(outboxEntries()).isEmpty();
    }

    @Test
    @DisplayName("a nudge computed on a Saturday waits for Monday morning in the recipient's zone")
    void waitsForWorkingHours() {
        Participant mentee = fixture.store.findParticipant(TENANT, PROGRAM, SmallProgram.mentee(0)).orElseThrow();
        ZoneId montreal = ZoneId.of("America/Montreal");
        fixture.store.saveParticipant(TENANT, mentee.toBuilder().zone(montreal).build());
        clock.set(KICK_OFF.plusWeeks(6).minusDays(2).atTime(11, 0).atZone(ZONE).toInstant());
        ProgramAssessment a = new DisengagementDetector(tracker, fixture.store, TestCalendars.NONE)
                .assess(TENANT, PROGRAM, KICK_OFF.plusWeeks(6));
        NudgeReport report = new NudgePolicy(fixture.store, outbox, TestCalendars.NONE, clock, settings, OFFICE_HOURS)
                .apply(a);
        OutgoingMessage toMentee = report.enqueued().stream()
                .filter(m -> m.recipient().equals(SmallProgram.mentee(0))).findFirst().orElseThrow();
        assertThat(toMentee.notBefore()).isEqualTo(KICK_OFF.plusWeeks(6).atTime(LocalTime.of(9, 0))
                .atZone(montreal).toInstant());
    }

    @Test
    @DisplayName("a closed program nudges no one")
    void closedProgram() {
        fixture.store.saveProgram(fixture.store.findProgram(TENANT, PROGRAM).orElseThrow()
                .withStatus(ProgramStatus.CLOSED));
        NudgeReport report = applyAtWeek(6);
        assertThat(report.enqueued()).isEmpty();
        assertThat(outboxEntries()).isEmpty();
    }

    @Test
    @DisplayName("a participant who opted out of nudges is left alone")
    void optOut() {
        Participant mentor = fixture.store.findParticipant(TENANT, PROGRAM, SmallProgram.mentor(0)).orElseThrow();
        fixture.store.saveParticipant(TENANT, mentor.toBuilder().optOuts(Set.of(NudgePolicy.KIND)).build());
        NudgeReport report = applyAtWeek(6);
        assertThat(report.enqueued()).extracting(OutgoingMessage::recipient).containsExactly(SmallProgram.mentee(0));
        assertThat(report.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.recipient()).isEqualTo(SmallProgram.mentor(0));
            assertThat(s.reason()).isEqualTo(Suppression.OPTED_OUT);
        });
    }

    @Test
    @DisplayName("an escalation is written in the program manager's language, as the directory has it")
    void escalationInTheManagersLanguage() {
        InMemoryPeopleDirectory directory = new InMemoryPeopleDirectory()
                .put(TENANT, Person.of(MANAGER, "Programme team").toBuilder().locale(Locale.UK).build());
        applyAtWeek(6);
        clock.set(mondayOfWeek(8));
        ProgramAssessment a = new DisengagementDetector(tracker, fixture.store, TestCalendars.NONE)
                .assess(TENANT, PROGRAM, KICK_OFF.plusWeeks(8));
        NudgePolicy policy = new NudgePolicy(fixture.store, outbox, TestCalendars.NONE, clock, settings, OFFICE_HOURS,
                directory, program -> Optional.ofNullable(settings.programManager()));
        NudgeReport report = policy.apply(a);
        OutgoingMessage escalation = report.enqueued().stream().filter(m -> m.recipient().equals(MANAGER))
                .findFirst().orElseThrow();
        assertThat(escalation.content().paragraphs()).noneMatch(p -> p.contains("pair-0"));
        assertThat(policy.escalatedPair(TENANT, escalation)).as("the pair, read from the key").contains(
                a.pairs().get(0).pair());
        assertThat(report.enqueued()).filteredOn(m -> !m.recipient().equals(MANAGER))
                .allSatisfy(nudge -> assertThat(policy.escalatedPair(TENANT, nudge)).isEmpty());
        assertThat(escalation.locale()).isEqualTo(Locale.UK);
        assertThat(escalation.content().title()).isEqualTo("Pair to follow up: mentor-0 and mentee-0");
        assertThat(escalation.content().paragraphs().get(0))
                .isEqualTo("The pair of mentor-0 and mentee-0 was nudged on 13 April 2026 and still shows these"
                        + " signals:");
    }

    @Test
    @DisplayName("a concern raised in a follow-up call puts a pair at risk but is never repeated to it in a nudge")
    void concernsAreNotNudged() {
        clock.set(mondayOfWeek(6));
        Finding concern = new Finding(ReasonCode.CONCERN_RAISED, EngagementStatus.AT_RISK, null,
                SmallProgram.mentee(1), 5, 1, 0, 0, 0);
        ProgramAssessment assessment = new ProgramAssessment(TENANT, PROGRAM, KICK_OFF.plusWeeks(6), 5, List.of(),
                List.of(new PairAssessment(SmallProgram.pair(1), SmallProgram.mentor(1), SmallProgram.mentee(1),
                        EngagementStatus.AT_RISK, List.of(concern), 3, 3)),
                List.of(new PersonAssessment(SmallProgram.mentee(1), Role.MENTEE, EngagementStatus.AT_RISK,
                        List.of(concern), 1)), List.of(), List.of());

        NudgeReport report = new NudgePolicy(fixture.store, outbox, TestCalendars.NONE, clock, settings, OFFICE_HOURS)
                .apply(assessment);

        assertThat(report.enqueued()).isEmpty();
        assertThat(report.suppressed()).isEmpty();
        assertThat(outboxEntries()).isEmpty();
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
