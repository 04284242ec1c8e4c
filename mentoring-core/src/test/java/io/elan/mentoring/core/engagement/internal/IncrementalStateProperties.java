package io.elan.mentoring.core.engagement.internal;

import static io.elan.mentoring.core.engagement.internal.SmallProgram.PROGRAM;
import static io.elan.mentoring.core.engagement.internal.SmallProgram.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.elan.mentoring.core.engagement.WeeklyActivity;
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
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class IncrementalStateProperties {

    private static final Instant START = SmallProgram.KICK_OFF.atStartOfDay(SmallProgram.ZONE).toInstant();

    @Test
    @DisplayName("the incrementally kept state equals a recomputation from scratch")
    void incrementalStateEqualsRecomputationFromScratch() {
        qt().withExamples(60).withShrinkCycles(SHRINK_CYCLES).forAll(EVENTS).checkAssert(events -> {
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
        });
    }

    @Test
    @DisplayName("any order of the same events gives the same state")
    void anyOrderOfTheSameEventsGivesTheSameState() {
        qt().withExamples(40).withShrinkCycles(SHRINK_CYCLES).forAll(EVENTS).checkAssert(events -> {
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
        });
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

    /**
     * One event as the host would send it: ids repeat (a host sends some events twice, and different events under one
     * id), subject {@value SmallProgram#PAIRS} is a pair or person the program does not know, and times start three
     * days before the kick-off and run past the clock's now.
     */
    private static final Gen<ActivityEvent> EVENT = in -> {
        String id = "e" + integers().between(0, 60).generate(in);
        ActivityKind kind = Generate.enumValues(ActivityKind.class).generate(in);
        int subject = integers().between(0, SmallProgram.PAIRS).generate(in);
        Instant at = START.plus(Duration.ofMinutes(longs().between(-3 * 24 * 60, 15L * 7 * 24 * 60).generate(in)));
        boolean isMentor = booleans().all().generate(in);
        if (kind == ActivityKind.PAIR_MEETING || kind == ActivityKind.PAIR_MESSAGE) {
            PairId pair = subject == SmallProgram.PAIRS ? PairId.of("ghost") : SmallProgram.pair(subject);
            return ActivityEvent.ofPair(EventId.of(id), PROGRAM, pair, kind, at, "host");
        }
        PersonId person = subject == SmallProgram.PAIRS ? PersonId.of("ghost")
                : isMentor ? SmallProgram.mentor(subject) : SmallProgram.mentee(subject);
        return ActivityEvent.ofPerson(EventId.of(id), PROGRAM, person, kind, at, "host");
    };

    private static final Gen<List<ActivityEvent>> EVENTS = lists().of(EVENT).ofSizeBetween(0, 80)
            .describedAs(events -> events.stream().map(IncrementalStateProperties::inWords)
                    .collect(Collectors.joining("; ", "[", "]")));

    /** An example replays up to 80 events through three trackers: 100,000 shrinks, the default, would take minutes. */
    private static final int SHRINK_CYCLES = 5_000;

    private static String inWords(ActivityEvent e) {
        return e.id().value() + ": " + e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " of "
                + (e.pair() != null ? e.pair().value() : e.person().value()) + " at " + e.occurredAt();
    }
}
