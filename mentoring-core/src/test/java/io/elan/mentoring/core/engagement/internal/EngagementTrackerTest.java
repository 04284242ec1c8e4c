package io.elan.mentoring.core.engagement.internal;

import static io.elan.mentoring.core.engagement.internal.SmallProgram.PROGRAM;
import static io.elan.mentoring.core.engagement.internal.SmallProgram.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.engagement.internal.CountingOutcome;
import io.elan.mentoring.core.engagement.WeeklyActivity;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EngagementTrackerTest {

    private final SmallProgram fixture = new SmallProgram();
    private final EngagementTracker tracker = fixture.tracker();
    private final Instant week2 = SmallProgram.KICK_OFF.plusWeeks(2).atTime(10, 0).atZone(SmallProgram.ZONE)
            .toInstant();

    private static ActivityEvent meeting(String id, PairId pair, Instant at) {
        return ActivityEvent.ofPair(EventId.of(id), PROGRAM, pair, ActivityKind.PAIR_MEETING, at, "host");
    }

    @Test
    @DisplayName("an event is counted once in its program week, for its pair")
    void countsInTheRightWeek() {
        assertThat(tracker.record(TENANT, meeting("e1", SmallProgram.pair(0), week2))).isEqualTo(CountingOutcome.COUNTED);
        WeeklyActivity activity = tracker.weeklyActivity(TENANT, PROGRAM);
        assertThat(activity.count(SmallProgram.pair(0), ActivityKind.PAIR_MEETING, 2)).isEqualTo(1);
        assertThat(activity.count(SmallProgram.pair(0), ActivityKind.PAIR_MEETING, 1)).isZero();
        assertThat(activity.count(SmallProgram.pair(1), ActivityKind.PAIR_MEETING, 2)).isZero();
        assertThat(fixture.log.count(TENANT, PROGRAM, Instant.EPOCH, Instant.MAX)).isEqualTo(1);
    }

    @Test
    @DisplayName("a duplicated event id is ignored, even with other content, and never counted twice")
    void duplicatesAreIgnored() {
        tracker.record(TENANT, meeting("e1", SmallProgram.pair(0), week2));
        assertThat(tracker.record(TENANT, meeting("e1", SmallProgram.pair(0), week2))).isEqualTo(CountingOutcome.DUPLICATE);
        assertThat(tracker.record(TENANT, meeting("e1", SmallProgram.pair(1), week2))).isEqualTo(CountingOutcome.DUPLICATE);
        WeeklyActivity activity = tracker.weeklyActivity(TENANT, PROGRAM);
        assertThat(activity.count(SmallProgram.pair(0), ActivityKind.PAIR_MEETING, 2)).isEqualTo(1);
        assertThat(activity.count(SmallProgram.pair(1), ActivityKind.PAIR_MEETING, 2)).isZero();
    }

    @Test
    @DisplayName("an event already in the log before the tracker started is counted by the rebuild and then a duplicate")
    void eventsAppendedElsewhereAreCountedOnceAfterRebuild() {
        fixture.log.append(TENANT, List.of(meeting("e1", SmallProgram.pair(0), week2)));
        assertThat(tracker.record(TENANT, meeting("e1", SmallProgram.pair(0), week2))).isEqualTo(CountingOutcome.DUPLICATE);
        assertThat(tracker.weeklyActivity(TENANT, PROGRAM).count(SmallProgram.pair(0), ActivityKind.PAIR_MEETING, 2))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a rebuild recounts from the log: events appended by others are counted once, nothing twice")
    void rebuildRecountsFromTheLog() {
        tracker.record(TENANT, meeting("e1", SmallProgram.pair(0), week2));
        fixture.log.append(TENANT, List.of(meeting("e2", SmallProgram.pair(0), week2)));
        assertThat(tracker.weeklyActivity(TENANT, PROGRAM).count(SmallProgram.pair(0), ActivityKind.PAIR_MEETING, 2))
                .isEqualTo(1);
        tracker.rebuild(TENANT, PROGRAM);
        assertThat(tracker.record(TENANT, meeting("e2", SmallProgram.pair(0), week2))).isEqualTo(CountingOutcome.DUPLICATE);
        assertThat(tracker.weeklyActivity(TENANT, PROGRAM).count(SmallProgram.pair(0), ActivityKind.PAIR_MEETING, 2))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("events for an unknown pair or person, without subject, in the future or outside the program are"
            + " rejected and not stored")
    void rejectsWhatItCannotPlace() {
        List<CountingOutcome> outcomes = tracker.recordAll(TENANT, List.of(
                meeting("e1", PairId.of("nobody"), week2),
                ActivityEvent.ofPerson(EventId.of("e2"), PROGRAM, PersonId.of("stranger"),
                        ActivityKind.TOUCHPOINT_ATTENDED, week2, "host"),
                ActivityEvent.ofPerson(EventId.of("e3"), PROGRAM, SmallProgram.mentor(0), ActivityKind.PAIR_MEETING,
                        week2, "host"),
                ActivityEvent.ofPair(EventId.of("e4"), PROGRAM, SmallProgram.pair(0), ActivityKind.SURVEY_ANSWERED,
                        week2, "host"),
                meeting("e5", SmallProgram.pair(0), SmallProgram.NOW.plus(Duration.ofHours(1))),
                meeting("e6", SmallProgram.pair(0), SmallProgram.KICK_OFF.minusDays(1).atStartOfDay(SmallProgram.ZONE)
                        .toInstant())));
        assertThat(outcomes).containsExactly(CountingOutcome.UNKNOWN_PAIR, CountingOutcome.UNKNOWN_PERSON,
                CountingOutcome.MISSING_SUBJECT, CountingOutcome.MISSING_SUBJECT, CountingOutcome.FUTURE, CountingOutcome.OUTSIDE_PROGRAM);
        assertThat(outcomes).allMatch(CountingOutcome::isRejected);
        assertThat(fixture.log.count(TENANT, PROGRAM, Instant.EPOCH, Instant.MAX)).isZero();
        assertThat(tracker.record(TENANT, ActivityEvent.ofPair(EventId.of("e7"), ProgramId.of("other"),
                SmallProgram.pair(0), ActivityKind.PAIR_MEETING, week2, "host"))).isEqualTo(CountingOutcome.UNKNOWN_PROGRAM);
        assertThat(tracker.record(TenantId.of("other-tenant"), meeting("e8", SmallProgram.pair(0), week2)))
                .isEqualTo(CountingOutcome.UNKNOWN_PROGRAM);
    }

    @Test
    @DisplayName("an event dated within the tolerance after the clock is accepted")
    void toleratesSmallClockSkew() {
        assertThat(tracker.record(TENANT, meeting("e1", SmallProgram.pair(0),
                SmallProgram.NOW.plus(Duration.ofMinutes(4))))).isEqualTo(CountingOutcome.COUNTED);
    }

    @Test
    @DisplayName("a pair created after the tracker loaded the program is found in the store on its first event")
    void admitsNewPairs() {
        tracker.weeklyActivity(TENANT, PROGRAM);
        fixture.store.savePair(TENANT, Pair.formed(PairId.of("late"), PROGRAM,
                SmallProgram.mentor(0), SmallProgram.mentee(1), LocalDate.of(2026, 3, 10)));
        assertThat(tracker.record(TENANT, meeting("e1", PairId.of("late"), week2))).isEqualTo(CountingOutcome.COUNTED);
    }

    @Test
    @DisplayName("threads recording the same events at once count each event exactly once")
    void concurrentDuplicatesCountOnce() throws Exception {
        List<ActivityEvent> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(meeting("e" + i, SmallProgram.pair(i % SmallProgram.PAIRS), week2.plusSeconds(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<CountingOutcome>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> tracker.recordAll(TENANT, events)));
            }
            long counted = 0;
            for (Future<List<CountingOutcome>> r : results) {
                counted += r.get().stream().filter(o -> o == CountingOutcome.COUNTED).count();
            }
            assertThat(counted).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        WeeklyActivity activity = tracker.weeklyActivity(TENANT, PROGRAM);
        int total = 0;
        for (int p = 0; p < SmallProgram.PAIRS; p++) {
            total += activity.count(SmallProgram.pair(p), ActivityKind.PAIR_MEETING, 2);
        }
        assertThat(total).isEqualTo(200);
    }

    @Test
    @DisplayName("a program the tenant does not have cannot be read")
    void unknownProgram() {
        assertThatThrownBy(() -> tracker.weeklyActivity(TENANT, ProgramId.of("missing")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("the counters of a ten-month program of 1,000 pairs take under one kilobyte per pair")
    void stateIsSmall() {
        int pairs = 1000;
        for (int i = SmallProgram.PAIRS; i < pairs; i++) {
            fixture.store.savePair(TENANT, Pair.formed(SmallProgram.pair(i), PROGRAM,
                    SmallProgram.mentor(i), SmallProgram.mentee(i), SmallProgram.KICK_OFF));
        }
        tracker.rebuild(TENANT, PROGRAM);
        double perPair = tracker.stateBytes(TENANT, PROGRAM) / (double) pairs;
        assertThat(perPair).isLessThan(1024);
    }
}
