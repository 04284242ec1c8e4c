package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.KICK_OFF;
import static io.elan.mentoring.core.EngineFixture.PARIS;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.activity.PairActivity;
import io.elan.mentoring.core.engagement.Engagement;
import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.Finding;
import io.elan.mentoring.core.engagement.PairAssessment;
import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.engagement.ReasonCode;
import io.elan.mentoring.core.followup.FollowUpCalls;
import io.elan.mentoring.core.followup.FollowUpPolicy;
import io.elan.mentoring.core.followup.FollowUpWindow;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.FollowUpCallId;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A follow-up call that raises a concern, through the engine with an advancing clock: an escalation to the program
 * manager at once, and a finding that puts the pair at risk until a later call goes well.
 */
class FollowUpConcernTest {

    private static final PersonId TEAM = id("equipe-mentorat");
    private static final PersonId MARIE = id("marie");
    private static final PersonId LEA = id("lea");
    /** Calls around months 2 and 3: a concern in the first, a good call in the second. */
    private static final FollowUpPolicy TWO_CALLS = FollowUpPolicy.of(new FollowUpWindow(2, 14),
            new FollowUpWindow(3, 14));
    private static final FollowUpCallId LEA_MONTH_2 = FollowUpCallId.of("call/lea/m2");
    private static final FollowUpCallId LEA_MONTH_3 = FollowUpCallId.of("call/lea/m3");

    private EngineFixture fixture = new EngineFixture(builder -> builder
            .engagementSettings(EngagementSettings.builder().programManager(TEAM).build()));
    private Pair pair;

    /** Marie and Léa meet every week from the kick-off: nothing but the concern can flag them. */
    private void runningProgram() {
        runningProgram(null);
    }

    private void runningProgram(PersonId ownManager) {
        fixture.people.put(ACME, person(MARIE, "Marie Dupont")).put(ACME, person(LEA, "Léa Martin"))
                .put(ACME, person(TEAM, "Équipe mentorat"));
        TenantScope acme = fixture.acme();
        acme.programs().define(EngineFixture.definition().followUp(TWO_CALLS).programManager(ownManager).build());
        acme.programs().openEnrolment(SPRING);
        acme.participants().enrol(SPRING, Role.MENTOR, List.of(MARIE));
        acme.participants().enrol(SPRING, Role.MENTEE, List.of(LEA));
        pair = acme.pairs().form(SPRING, MARIE, LEA);
        acme.programs().markReady(SPRING);
        fixture.clock.set(KICK_OFF.atTime(9, 0).atZone(PARIS).toInstant());
        acme.programs().start(SPRING);
        fixture.clock.set(Instant.parse("2027-06-01T08:00:00Z"));
        List<PairActivity> weekly = new ArrayList<>();
        for (LocalDate day = KICK_OFF.plusDays(2); day.isBefore(LocalDate.of(2027, 6, 1)); day = day.plusWeeks(1)) {
            weekly.add(PairActivity.meeting(pair.id(), day.atTime(12, 0).atZone(PARIS).toInstant()));
        }
        assertThat(acme.activity().reportPairActivity(SPRING, weekly).nothingRefused()).isTrue();
    }

    private static Person person(PersonId id, String name) {
        return Person.of(id, name).toBuilder().email(id.value() + "@acme.example").build();
    }

    private List<OutgoingMessage> concerns() {
        try (Stream<OutboxEntry> entries = fixture.outbox.entries(ACME, SPRING)) {
            return entries.map(OutboxEntry::message).filter(m -> m.kind().equals(FollowUpCalls.CONCERN_KIND))
                    .toList();
        }
    }

    private PairAssessment assessedOn(LocalDate day) {
        ProgramAssessment assessment = fixture.acme().engagement().assess(SPRING, day);
        return assessment.pairs().stream().filter(p -> p.pair().equals(pair.id())).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a concern is escalated to the program manager at once, in their language and sending hours, once")
    void escalatedOnce() {
        runningProgram();
        fixture.clock.set(Instant.parse("2027-03-15T17:30:00Z"));

        fixture.acme().followUps().log(SPRING, LEA_MONTH_2, CallOutcome.CONCERN_RAISED,
                "Léa ne se sent pas écoutée.");
        fixture.acme().followUps().log(SPRING, LEA_MONTH_2, CallOutcome.CONCERN_RAISED,
                "Léa ne se sent pas écoutée.");

        assertThat(concerns()).singleElement().satisfies(message -> {
            assertThat(message.recipient()).isEqualTo(TEAM);
            assertThat(message.notBefore()).as("18:30 in Paris: the next morning at 9:00")
                    .isEqualTo(Instant.parse("2027-03-16T08:00:00Z"));
            assertThat(message.content().title())
                    .isEqualTo("Inquiétude lors d’un appel de suivi\u00a0: Léa Martin");
            assertThat(message.content().paragraphs()).containsExactly(
                    "L’appel de suivi avec Léa Martin le 15 mars 2027 a fait remonter une inquiétude.",
                    "Son binôme\u00a0: Marie Dupont et Léa Martin.",
                    "Notes de l’appel\u00a0: Léa ne se sent pas écoutée.",
                    "Prenez contact cette semaine\u00a0: d’ici là, les constats d’engagement signalent cette"
                            + " inquiétude et placent le binôme à risque.");
        });
        fixture.clock.set(Instant.parse("2027-03-15T19:00:00Z"));
        fixture.elan.runDue(ACME);
        assertThat(fixture.gateway.delivered()).isEmpty();
        fixture.clock.set(Instant.parse("2027-03-16T08:00:00Z"));
        fixture.elan.runDue(ACME);
        assertThat(fixture.gateway.delivered()).extracting(OutgoingMessage::recipient).containsExactly(TEAM);
    }

    @Test
    @DisplayName("the concern puts the pair at risk from the day it is logged until a later call goes well")
    void findingUntilALaterCallGoesWell() {
        runningProgram();
        assertThat(assessedOn(LocalDate.of(2027, 3, 15)).status()).isEqualTo(EngagementStatus.ENGAGED);
        fixture.clock.set(Instant.parse("2027-03-15T10:00:00Z"));
        fixture.acme().followUps().log(SPRING, LEA_MONTH_2, CallOutcome.CONCERN_RAISED, "Peu d'échanges.");

        PairAssessment sameDay = assessedOn(LocalDate.of(2027, 3, 15));
        assertThat(sameDay.status()).isEqualTo(EngagementStatus.AT_RISK);
        assertThat(sameDay.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(ReasonCode.CONCERN_RAISED);
            assertThat(finding.person()).isEqualTo(LEA);
            assertThat(finding.observed()).isEqualTo(1);
            assertThat(finding.weeks()).isZero();
        });
        assertThat(assessedOn(LocalDate.of(2027, 3, 30)).findings()).extracting(Finding::weeks).containsExactly(2);

        fixture.clock.set(Instant.parse("2027-04-12T10:00:00Z"));
        fixture.acme().followUps().log(SPRING, LEA_MONTH_3, CallOutcome.REACHED, "Cela va mieux.");
        assertThat(assessedOn(LocalDate.of(2027, 4, 13)).status()).isEqualTo(EngagementStatus.ENGAGED);
    }

    @Test
    @DisplayName("without a later call, the concern holds for the detection window, then leaves the findings")
    void findingLeavesWithTheWindow() {
        runningProgram();
        fixture.clock.set(Instant.parse("2027-03-15T10:00:00Z"));
        fixture.acme().followUps().log(SPRING, LEA_MONTH_2, CallOutcome.CONCERN_RAISED, "Peu d'échanges.");

        assertThat(assessedOn(LocalDate.of(2027, 4, 19)).status()).isEqualTo(EngagementStatus.AT_RISK);
        assertThat(assessedOn(LocalDate.of(2027, 5, 10)).status()).isEqualTo(EngagementStatus.ENGAGED);
    }

    @Test
    @DisplayName("the pair is not nudged about the concern: it is the program team's to handle")
    void notNudged() {
        runningProgram();
        fixture.clock.set(Instant.parse("2027-03-15T10:00:00Z"));
        fixture.acme().followUps().log(SPRING, LEA_MONTH_2, CallOutcome.CONCERN_RAISED, "Peu d'échanges.");

        fixture.acme().engagement().nudge(fixture.acme().engagement().assess(SPRING, LocalDate.of(2027, 3, 15)));

        try (Stream<OutboxEntry> entries = fixture.outbox.entries(ACME, SPRING)) {
            assertThat(entries.map(e -> e.message().kind())).containsExactly(FollowUpCalls.CONCERN_KIND)
                    .doesNotContain(Engagement.NUDGE_KIND);
        }
    }

    @Test
    @DisplayName("a concern with no program manager to hear it is logged at WARN, and still becomes a finding")
    void nobodyToEscalateTo() throws Exception {
        fixture = new EngineFixture();
        runningProgram();
        fixture.clock.set(Instant.parse("2027-03-15T10:00:00Z"));

        CapturedLog.Result<?> logged = CapturedLog.during(() -> fixture.acme().followUps().log(SPRING, LEA_MONTH_2,
                CallOutcome.CONCERN_RAISED, "Peu d'échanges."));

        assertThat(logged.lines()).singleElement().asString().contains("The concern raised in follow-up call"
                + " call/lea/m2 of program spring-2027 in tenant acme reaches nobody: no program manager is set");
        assertThat(concerns()).isEmpty();
        assertThat(assessedOn(LocalDate.of(2027, 3, 15)).status()).isEqualTo(EngagementStatus.AT_RISK);
    }

    @Test
    @DisplayName("a program that names its own manager escalates to them, not to the engine's; erased, they are named"
            + " no more and the engine's manager hears the next concern")
    void programOfItsOwn() {
        PersonId claire = id("claire-rh");
        fixture.people.put(ACME, person(claire, "Claire Dubois"));
        runningProgram(claire);
        assertThat(fixture.acme().programs().definition(SPRING).programManager()).isEqualTo(claire);
        fixture.clock.set(Instant.parse("2027-03-15T10:00:00Z"));

        fixture.acme().followUps().log(SPRING, LEA_MONTH_2, CallOutcome.CONCERN_RAISED, "Peu d'échanges.");
        assertThat(concerns()).extracting(OutgoingMessage::recipient).containsExactly(claire);

        fixture.acme().privacy().erase(claire);
        assertThat(fixture.acme().programs().definition(SPRING).programManager()).isNull();
        fixture.clock.set(Instant.parse("2027-04-12T10:00:00Z"));
        fixture.acme().followUps().log(SPRING, LEA_MONTH_3, CallOutcome.CONCERN_RAISED, "Toujours peu d'échanges.");
        assertThat(concerns()).extracting(OutgoingMessage::recipient).contains(TEAM).doesNotContain(claire);
    }
}
