package io.elan.mentoring.core.engagement.internal;

import static io.elan.mentoring.core.engagement.internal.SmallProgram.KICK_OFF;
import static io.elan.mentoring.core.engagement.internal.SmallProgram.PROGRAM;
import static io.elan.mentoring.core.engagement.internal.SmallProgram.TENANT;
import static io.elan.mentoring.core.engagement.internal.SmallProgram.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.Finding;
import io.elan.mentoring.core.engagement.internal.CountingOutcome;
import io.elan.mentoring.core.engagement.PairAssessment;
import io.elan.mentoring.core.engagement.PersonAssessment;
import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.engagement.ReasonCode;
import io.elan.mentoring.core.engagement.WeeklyMomentum;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DisengagementDetectorTest {

    private final SmallProgram fixture = new SmallProgram();
    private final EngagementTracker tracker = new EngagementTracker(fixture.store, fixture.log,
            Clock.fixed(KICK_OFF.plusWeeks(30).atStartOfDay(ZONE).toInstant(), ZONE), EngagementSettings.defaults());
    private int sequence;

    private DisengagementDetector detector(Function<Program, CompanyCalendar> exclusions) {
        return new DisengagementDetector(tracker, fixture.store, exclusions);
    }

    private ProgramAssessment assessAtWeek(int week) {
        return detector(TestCalendars.NONE).assess(TENANT, PROGRAM, KICK_OFF.plusWeeks(week));
    }

    private static Instant inWeek(int week) {
        return KICK_OFF.plusWeeks(week).plusDays(1).atTime(10, 0).atZone(ZONE).toInstant();
    }

    private void pairEvents(int pair, ActivityKind kind, int perWeek, int fromWeek, int toWeek) {
        for (int w = fromWeek; w < toWeek; w++) {
            for (int i = 0; i < perWeek; i++) {
                assertThat(tracker.record(TENANT, ActivityEvent.ofPair(EventId.of("e" + sequence++), PROGRAM,
                        SmallProgram.pair(pair), kind, inWeek(w).plusSeconds(i), "host")))
                        .isEqualTo(CountingOutcome.COUNTED);
            }
        }
    }

    private void attend(PersonId person, int week) {
        tracker.record(TENANT, ActivityEvent.ofPerson(EventId.of("e" + sequence++), PROGRAM, person,
                ActivityKind.TOUCHPOINT_ATTENDED, inWeek(week), "host"));
    }

    private void weeklyTouchpoints(int weeks) {
        for (int w = 0; w < weeks; w++) {
            fixture.store.saveTouchpoint(TENANT, Touchpoint.builder().id(TouchpointId.of("t" + w)).program(PROGRAM)
                    .format(Format.INSPIRATION_CAPSULE).theme("Capsule " + w).start(inWeek(w))
                    .duration(Duration.ofMinutes(15)).build());
        }
    }

    private PairAssessment pair(ProgramAssessment a, int i) {
        PairId id = SmallProgram.pair(i);
        return a.pairs().stream().filter(p -> p.pair().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("pairs that meet every week are engaged, without findings")
    void steadyPairsAreEngaged() {
        for (int i = 0; i < SmallProgram.PAIRS; i++) {
            pairEvents(i, ActivityKind.PAIR_MEETING, 1, 0, 12);
        }
        ProgramAssessment a = assessAtWeek(12);
        assertThat(a.lastWeek()).isEqualTo(11);
        assertThat(a.window()).containsExactly(6, 7, 8, 9, 10, 11);
        assertThat(a.pairs()).hasSize(3).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(EngagementStatus.ENGAGED);
            assertThat(p.findings()).isEmpty();
        });
        assertThat(a.programFindings()).isEmpty();
    }

    @Test
    @DisplayName("a pair without a first meeting is reported once the allowed weeks are over, not before")
    void neverStarted() {
        pairEvents(1, ActivityKind.PAIR_MEETING, 1, 0, 6);
        pairEvents(2, ActivityKind.PAIR_MEETING, 1, 0, 6);
        assertThat(pair(assessAtWeek(3), 0).findings()).isEmpty();
        PairAssessment p = pair(assessAtWeek(4), 0);
        assertThat(p.status()).isEqualTo(EngagementStatus.DISENGAGED);
        assertThat(p.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ReasonCode.NEVER_STARTED);
            assertThat(f.weeks()).isEqualTo(4);
            assertThat(f.reference()).isEqualTo(4);
        });
    }

    @Test
    @DisplayName("no meeting in the window is silence: at risk while messages go on, disengaged without any exchange")
    void pairSilence() {
        for (int i = 0; i < SmallProgram.PAIRS; i++) {
            pairEvents(i, ActivityKind.PAIR_MEETING, 1, 0, i == 2 ? 14 : 5);
        }
        pairEvents(1, ActivityKind.PAIR_MESSAGE, 1, 5, 14);
        ProgramAssessment a = assessAtWeek(14);
        assertThat(pair(a, 0).status()).isEqualTo(EngagementStatus.DISENGAGED);
        assertThat(pair(a, 0).has(ReasonCode.PAIR_SILENCE)).isTrue();
        assertThat(pair(a, 1).status()).isEqualTo(EngagementStatus.AT_RISK);
        Finding silence = pair(a, 1).findings().stream().filter(f -> f.code() == ReasonCode.PAIR_SILENCE)
                .findFirst().orElseThrow();
        assertThat(silence.observed()).isEqualTo(6.0);
        assertThat(silence.reference()).isEqualTo(3.0);
        assertThat(pair(a, 2).status()).isEqualTo(EngagementStatus.ENGAGED);
    }

    @Test
    @DisplayName("exchanges down to a third of the pair's first weeks and below the program's median are rarer exchanges")
    void rarerExchanges() {
        for (int i = 0; i < SmallProgram.PAIRS; i++) {
            pairEvents(i, ActivityKind.PAIR_MEETING, 1, 0, 16);
            pairEvents(i, ActivityKind.PAIR_MESSAGE, i == 0 ? 6 : 6, 0, 6);
            pairEvents(i, ActivityKind.PAIR_MESSAGE, i == 0 ? 0 : 6, 6, 16);
        }
        ProgramAssessment a = assessAtWeek(16);
        PairAssessment p = pair(a, 0);
        assertThat(p.status()).isEqualTo(EngagementStatus.WATCH);
        assertThat(p.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ReasonCode.RARER_EXCHANGES);
            assertThat(f.observed()).isEqualTo(3.0);
            assertThat(f.reference()).isEqualTo(9.0);
            assertThat(f.norm()).isEqualTo(9.0);
            assertThat(f.ratio()).isEqualTo(1.0 / 3);
        });
        assertThat(pair(a, 1).findings()).isEmpty();
    }

    @Test
    @DisplayName("exchanges down to a quarter of the pair's first weeks put it at risk")
    void muchRarerExchanges() {
        for (int i = 0; i < SmallProgram.PAIRS; i++) {
            pairEvents(i, ActivityKind.PAIR_MEETING, 1, 0, 16);
            pairEvents(i, ActivityKind.PAIR_MESSAGE, 9, 0, 6);
            pairEvents(i, ActivityKind.PAIR_MESSAGE, i == 0 ? 0 : 9, 6, 16);
        }
        PairAssessment p = pair(assessAtWeek(16), 0);
        assertThat(p.status()).isEqualTo(EngagementStatus.AT_RISK);
        assertThat(p.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ReasonCode.RARER_EXCHANGES);
            assertThat(f.severity()).isEqualTo(EngagementStatus.AT_RISK);
            assertThat(f.ratio()).isEqualTo(0.25);
        });
    }

    @Test
    @DisplayName("a blackout is skipped: the window reaches back instead of reading it as silence")
    void blackoutWeeksAreNotSilence() {
        for (int i = 0; i < SmallProgram.PAIRS; i++) {
            pairEvents(i, ActivityKind.PAIR_MEETING, 1, 0, 8);
            pairEvents(i, ActivityKind.PAIR_MEETING, 1, 12, 14);
        }
        LocalDate blackoutFrom = KICK_OFF.plusWeeks(8);
        LocalDate blackoutTo = KICK_OFF.plusWeeks(12).minusDays(1);
        ProgramAssessment withBlackout = detector(TestCalendars.closed(blackoutFrom, blackoutTo))
                .assess(TENANT, PROGRAM, KICK_OFF.plusWeeks(14));
        assertThat(withBlackout.window()).containsExactly(4, 5, 6, 7, 12, 13);
        assertThat(withBlackout.pairs()).allSatisfy(p -> assertThat(p.findings()).isEmpty());
        assertThat(withBlackout.momentum().subList(8, 12)).allSatisfy(m -> assertThat(m.quiet()).isTrue());
        assertThat(withBlackout.programFindings()).isEmpty();

        ProgramAssessment without = assessAtWeek(14);
        assertThat(without.has(ReasonCode.PROGRAM_MOMENTUM_DROP)).isFalse();
        assertThat(without.window()).containsExactly(8, 9, 10, 11, 12, 13);
    }

    @Test
    @DisplayName("a participant with neither pair exchange nor touchpoint in the window is isolated")
    void isolation() {
        PersonId loner = PersonId.of("loner");
        fixture.store.saveParticipant(TENANT, Participant.builder().program(PROGRAM).person(loner).role(Role.MENTEE)
                .enrolledOn(KICK_OFF).zone(ZONE).build());
        weeklyTouchpoints(10);
        for (int i = 0; i < SmallProgram.PAIRS; i++) {
            pairEvents(i, ActivityKind.PAIR_MEETING, 1, 0, 10);
        }
        ProgramAssessment a = assessAtWeek(10);
        PersonAssessment person = a.people().stream().filter(p -> p.person().equals(loner)).findFirst().orElseThrow();
        assertThat(person.status()).isEqualTo(EngagementStatus.AT_RISK);
        assertThat(person.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ReasonCode.ISOLATION);
            assertThat(f.reference()).isEqualTo(6.0);
            assertThat(f.weeks()).isEqualTo(6);
        });
        assertThat(a.people()).filteredOn(p -> !p.person().equals(loner))
                .allSatisfy(p -> assertThat(p.findings()).isEmpty());
    }

    @Test
    @DisplayName("attendance that halves against the earlier weeks is falling participation, carried by the pair")
    void fallingParticipation() {
        weeklyTouchpoints(14);
        for (int i = 0; i < SmallProgram.PAIRS; i++) {
            pairEvents(i, ActivityKind.PAIR_MEETING, 1, 0, 14);
            for (int w = 0; w < 14; w++) {
                attend(SmallProgram.mentor(i), w);
                if (i != 0 || w < 8 || w == 10) {
                    attend(SmallProgram.mentee(i), w);
                }
            }
        }
        ProgramAssessment a = assessAtWeek(14);
        PairAssessment p = pair(a, 0);
        assertThat(p.status()).isEqualTo(EngagementStatus.WATCH);
        assertThat(p.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ReasonCode.FALLING_PARTICIPATION);
            assertThat(f.person()).isEqualTo(SmallProgram.mentee(0));
            assertThat(f.observed()).isEqualTo(1.0 / 6);
            assertThat(f.reference()).isEqualTo(1.0);
        });
    }

    @Test
    @DisplayName("monthly messages and rounds of individual calls are not invitations: attending every session is no fall")
    void messagesAreNotInvitations() {
        weeklyTouchpoints(14);
        for (int w = 8; w < 14; w++) {
            fixture.store.saveTouchpoint(TENANT, Touchpoint.builder().id(TouchpointId.of("message-" + w))
                    .program(PROGRAM).format(Format.MONTHLY_MESSAGE).theme("Message " + w).start(inWeek(w)).build());
            fixture.store.saveTouchpoint(TENANT, Touchpoint.builder().id(TouchpointId.of("calls-" + w))
                    .program(PROGRAM).format(Format.CHECKPOINT_CALL).theme("Appels " + w).start(inWeek(w))
                    .duration(Duration.ofMinutes(30)).build());
        }
        for (int i = 0; i < SmallProgram.PAIRS; i++) {
            pairEvents(i, ActivityKind.PAIR_MEETING, 1, 0, 14);
            for (int w = 0; w < 14; w++) {
                attend(SmallProgram.mentor(i), w);
                attend(SmallProgram.mentee(i), w);
            }
        }
        ProgramAssessment a = assessAtWeek(14);
        assertThat(a.pairs()).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(EngagementStatus.ENGAGED);
            assertThat(p.findings()).isEmpty();
        });
        assertThat(a.people()).allSatisfy(p -> assertThat(p.attendanceRate()).isEqualTo(1.0));
    }

    @Nested
    class Momentum {
        @Test
        @DisplayName("the series has one point per completed week, at 100 while the program keeps its early pace")
        void steadySeries() {
            for (int i = 0; i < SmallProgram.PAIRS; i++) {
                pairEvents(i, ActivityKind.PAIR_MEETING, 1, 0, 10);
            }
            List<WeeklyMomentum> series = detector(TestCalendars.NONE).momentum(TENANT, PROGRAM,
                    KICK_OFF.plusWeeks(10));
            assertThat(series).hasSize(10);
            assertThat(series).allSatisfy(m -> {
                assertThat(m.participants()).isEqualTo(6);
                assertThat(m.activeParticipants()).isEqualTo(6);
                assertThat(m.participation()).isEqualTo(1.0);
                assertThat(m.index()).isEqualTo(100.0);
            });
            assertThat(series.get(3).firstDay()).isEqualTo(KICK_OFF.plusWeeks(3));
        }

        @Test
        @DisplayName("collective participation falling across the window is a program momentum drop")
        void drop() {
            for (int i = 0; i < SmallProgram.PAIRS; i++) {
                pairEvents(i, ActivityKind.PAIR_MEETING, 1, 0, i == 0 ? 12 : 9);
            }
            ProgramAssessment a = assessAtWeek(12);
            assertThat(a.programFindings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(ReasonCode.PROGRAM_MOMENTUM_DROP);
                assertThat(f.observed()).isEqualTo(1.0 / 3);
                assertThat(f.reference()).isEqualTo(1.0);
            });
            assertThat(a.momentum().get(11).index()).isEqualTo(100.0 / 3);
        }
    }

    @Test
    @DisplayName("a paused pair is not assessed")
    void pausedPairsAreLeftOut() {
        fixture.store.savePair(TENANT, fixture.store.findPair(TENANT, PROGRAM, SmallProgram.pair(0)).orElseThrow()
                .paused());
        ProgramAssessment a = assessAtWeek(10);
        assertThat(a.pairs()).extracting(PairAssessment::pair)
                .containsExactly(SmallProgram.pair(1), SmallProgram.pair(2));
    }

    @Test
    @DisplayName("the window follows the settings: eight weeks when asked")
    void windowOfEightWeeks() {
        EngagementTracker eight = new EngagementTracker(fixture.store, fixture.log, fixture.clock,
                EngagementSettings.builder().windowWeeks(8).build());
        ProgramAssessment a = new DisengagementDetector(eight, fixture.store, TestCalendars.NONE)
                .assess(TENANT, PROGRAM, KICK_OFF.plusWeeks(12));
        assertThat(a.window()).containsExactly(4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    @DisplayName("before the first week is over there is nothing to assess")
    void nothingBeforeTheFirstWeek() {
        ProgramAssessment a = assessAtWeek(0);
        assertThat(a.lastWeek()).isEqualTo(-1);
        assertThat(a.pairs()).isEmpty();
        assertThat(a.momentum()).isEmpty();
    }
}
