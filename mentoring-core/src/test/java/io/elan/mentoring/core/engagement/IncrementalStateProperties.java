package io.elan.mentoring.core.engagement;

import static io.elan.mentoring.core.engagement.SmallProgram.PROGRAM;
import static io.elan.mentoring.core.engagement.SmallProgram.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.program.PairId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IncrementalStateProperties {

    private static final Instant START = SmallProgram.KICK_OFF.atStartOfDay(SmallProgram.ZONE).toInstant();

    @Property(tries = 60)
    void incrementalStateEqualsRecomputationFromScratch(@ForAll("events") List<ActivityEvent> events) {
        SmallProgram fixture = new SmallProgram();
        EngagementTracker incremental = fixture.tracker();
        incremental.recordAll(TENANT, events);

        EngagementTracker fromScratch = fixture.tracker();
        fromScratch.rebuild(TENANT, PROGRAM);
        WeeklyActivity expected = naiveCount(fixture, events);

        WeeklyActivity counted = incremental.weeklyActivity(TENANT, PROGRAM);
        assertThat(counted).isEqualTo(fromScratch.weeklyActivity(TENANT, PROGRAM)).isEqualTo(expected);
        incremental.rebuild(TENANT, PROGRAM);
        assertThat(incremental.weeklyActivity(TENANT, PROGRAM)).isEqualTo(counted);
    }

    @Property(tries = 40)
    void anyOrderOfTheSameEventsGivesTheSameState(@ForAll("events") List<ActivityEvent> events) {
        List<ActivityEvent> unique = new ArrayList<>(events.stream()
                .collect(Collectors.toMap(ActivityEvent::id, e -> e, (a, b) -> a,
                        LinkedHashMap::new)).values());
        List<ActivityEvent> reversed = new ArrayList<>(unique);
        Collections.reverse(reversed);
        List<ActivityEvent> shuffled = new ArrayList<>(unique);
        Collections.shuffle(shuffled, new Random(unique.size()));

        WeeklyActivity forward = ingest(unique);
        assertThat(ingest(reversed)).isEqualTo(forward);
        assertThat(ingest(shuffled)).isEqualTo(forward);
    }

    private static WeeklyActivity ingest(List<ActivityEvent> events) {
        SmallProgram fixture = new SmallProgram();
        EngagementTracker tracker = fixture.tracker();
        tracker.recordAll(TENANT, events);
        return tracker.weeklyActivity(TENANT, PROGRAM);
    }

    /**
     * The buckets counted the slow, obvious way: every event the log kept, placed by calendar arithmetic. Differs from
     * the tracker's own code path on purpose. Each count is replayed early on the Monday of its week, so that an event
     * of the current week is never replayed after the clock's now.
     */
    private static WeeklyActivity naiveCount(SmallProgram fixture, List<ActivityEvent> offered) {
        Map<String, Integer> counts = new HashMap<>();
        try (Stream<ActivityEvent> stored = fixture.log.events(TENANT, PROGRAM, Instant.EPOCH, Instant.MAX)) {
            stored.forEach(e -> {
                long days = ChronoUnit.DAYS.between(SmallProgram.KICK_OFF,
                        e.occurredAt().atZone(SmallProgram.ZONE).toLocalDate());
                String subject = e.kind() == ActivityKind.PAIR_MEETING || e.kind() == ActivityKind.PAIR_MESSAGE
                        ? "pair:" + e.pair() : "person:" + e.person();
                counts.merge(subject + "/" + e.kind() + "/" + days / 7, 1, Integer::sum);
            });
        }
        SmallProgram check = new SmallProgram();
        EngagementTracker tracker = check.tracker();
        WeeklyActivity empty = tracker.weeklyActivity(TENANT, PROGRAM);
        for (PairId pair : empty.pairs()) {
            for (ActivityKind kind : List.of(ActivityKind.PAIR_MEETING, ActivityKind.PAIR_MESSAGE)) {
                for (int w = 0; w < empty.weekStarts().size(); w++) {
                    int n = counts.getOrDefault("pair:" + pair + "/" + kind + "/" + w, 0);
                    for (int i = 0; i < n; i++) {
                        tracker.record(TENANT, ActivityEvent.ofPair(EventId.of("n-" + pair + kind + w + "-" + i),
                                PROGRAM, pair, kind, START.plus(Duration.ofDays(7L * w)).plus(Duration.ofHours(1)), "check"));
                    }
                }
            }
        }
        for (PersonId person : empty.people()) {
            for (ActivityKind kind : List.of(ActivityKind.TOUCHPOINT_ATTENDED, ActivityKind.HOTLINE_REQUEST,
                    ActivityKind.SURVEY_ANSWERED, ActivityKind.CHECKPOINT_CALL)) {
                for (int w = 0; w < empty.weekStarts().size(); w++) {
                    int n = counts.getOrDefault("person:" + person + "/" + kind + "/" + w, 0);
                    for (int i = 0; i < n; i++) {
                        tracker.record(TENANT, ActivityEvent.ofPerson(EventId.of("n-" + person + kind + w + "-" + i),
                                PROGRAM, person, kind, START.plus(Duration.ofDays(7L * w)).plus(Duration.ofHours(1)), "check"));
                    }
                }
            }
        }
        return tracker.weeklyActivity(TENANT, PROGRAM);
    }

    @Provide
    Arbitrary<List<ActivityEvent>> events() {
        Arbitrary<String> ids = Arbitraries.integers().between(0, 60).map(i -> "e" + i);
        Arbitrary<ActivityKind> kinds = Arbitraries.of(ActivityKind.class);
        Arbitrary<Integer> subjects = Arbitraries.integers().between(0, SmallProgram.PAIRS);
        Arbitrary<Long> minutes = Arbitraries.longs().between(-3 * 24 * 60, 15L * 7 * 24 * 60);
        Arbitrary<Boolean> mentor = Arbitraries.of(true, false);
        Arbitrary<ActivityEvent> event = Combinators.combine(ids, kinds, subjects, minutes, mentor)
                .as((id, kind, subject, minute, isMentor) -> {
                    Instant at = START.plus(Duration.ofMinutes(minute));
                    boolean pairKind = kind == ActivityKind.PAIR_MEETING || kind == ActivityKind.PAIR_MESSAGE;
                    if (pairKind) {
                        PairId pair = subject == SmallProgram.PAIRS ? PairId.of("ghost") : SmallProgram.pair(subject);
                        return ActivityEvent.ofPair(EventId.of(id), PROGRAM, pair, kind, at, "host");
                    }
                    PersonId person = subject == SmallProgram.PAIRS ? PersonId.of("ghost")
                            : isMentor ? SmallProgram.mentor(subject) : SmallProgram.mentee(subject);
                    return ActivityEvent.ofPerson(EventId.of(id), PROGRAM, person, kind, at, "host");
                });
        return event.list().ofMaxSize(80);
    }
}
