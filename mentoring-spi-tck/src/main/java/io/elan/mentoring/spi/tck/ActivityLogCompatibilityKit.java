package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.T0;
import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.KitFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.tck.contract.TenantIsolationContract;
import io.elan.mentoring.spi.tck.internal.ActivityLogErasureRules;
import io.elan.mentoring.spi.tck.internal.ActivityLogValueRules;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import io.elan.mentoring.spi.tck.internal.ModelBasedProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The contract of {@link ActivityLog}: append-only, idempotent by event id, atomic batches, ordered windows, tenants
 * apart. Extend it and return your log from {@link #log()}; every test works in tenants of its own.
 */
public abstract class ActivityLogCompatibilityKit {

    /** @return the log under test; may be the same instance on every call */
    protected abstract ActivityLog log();

    private final TenantId tenant = freshTenant();
    private final ProgramId program = ProgramId.of("program-1");
    private static final Instant END_OF_TIME = Instant.parse("2100-01-01T00:00:00Z");

    private List<ActivityEvent> all(TenantId t, ProgramId p) {
        try (Stream<ActivityEvent> events = log().events(t, p, Instant.EPOCH, END_OF_TIME)) {
            return events.toList();
        }
    }

    private static List<ActivityEvent> meetings(ProgramId p, String prefix, int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> meeting(p, prefix + i, "pair-" + (i % 7), T0.plus(Duration.ofMinutes(i))))
                .toList();
    }

    @Nested
    @DisplayName("appending events")
    class Appending {
        @Test
        @DisplayName("an append returns how many events were new and stores them")
        void append() {
            List<ActivityEvent> batch = meetings(program, "e", 5);
            assertThat(log().append(tenant, batch))
                    .as("appending five new events must return 5, the number of new events").isEqualTo(5);
            assertThat(all(tenant, program)).as("the five appended events must be read back, by instant")
                    .containsExactlyElementsOf(batch);
        }

        @Test
        @DisplayName("appending the same batch again adds nothing")
        void replay() {
            List<ActivityEvent> batch = meetings(program, "e", 5);
            log().append(tenant, batch);
            assertThat(log().append(tenant, batch))
                    .as("appending the same batch again must return 0: every event id is already stored").isZero();
            assertThat(all(tenant, program)).as("appending the same batch again must store no event twice")
                    .hasSize(5);
        }

        @Test
        @DisplayName("an event id already stored is ignored whatever its content: the first append wins")
        void firstWins() {
            ActivityEvent first = meeting(program, "same", "pair-1", T0);
            ActivityEvent impostor = ActivityEvent.ofPerson(EventId.of("same"), program, PersonId.of("x"),
                    ActivityKind.HOTLINE_REQUEST, T0.plusSeconds(5), "other");
            log().append(tenant, List.of(first));
            assertThat(log().append(tenant, List.of(impostor)))
                    .as("an event whose id is already stored must not count as new, whatever its content").isZero();
            assertThat(all(tenant, program)).as("the first event appended under an id must stay, unchanged")
                    .containsExactly(first);
        }

        @Test
        @DisplayName("an id repeated inside one batch is stored once")
        void repeatedInBatch() {
            ActivityEvent e = meeting(program, "dup", "pair-1", T0);
            assertThat(log().append(tenant, List.of(e, e, e)))
                    .as("a batch repeating one event id three times must count one new event").isEqualTo(1);
            assertThat(all(tenant, program)).as("an event id repeated inside a batch must be stored once")
                    .containsExactly(e);
        }

        @Test
        @DisplayName("a batch that mixes stored and new events stores only the new ones")
        void mixed() {
            List<ActivityEvent> first = meetings(program, "e", 3);
            log().append(tenant, first);
            List<ActivityEvent> second = new ArrayList<>(first);
            second.add(meeting(program, "new", "pair-1", T0.plusSeconds(1)));
            assertThat(log().append(tenant, second))
                    .as("a batch of three stored events and one new one must count 1 new event").isEqualTo(1);
            assertThat(all(tenant, program)).as("a batch of three stored events and one new one must add one event")
                    .hasSize(4);
        }

        @Test
        @DisplayName("an empty batch stores nothing")
        void empty() {
            assertThat(log().append(tenant, List.of())).as("an empty batch must count no new event").isZero();
        }

        @Test
        @DisplayName("attributes, persons and sources survive the round trip")
        void roundTrip() {
            ActivityEvent rich = ActivityEvent.ofPerson(EventId.of("call-1"), program, PersonId.of("amélie"),
                    ActivityKind.CHECKPOINT_CALL, Instant.parse("2026-11-03T09:30:00.123456Z"), "engine")
                    .withAttributes(Map.of("outcome", "REACHED", "note", "Très bien ; « ok » 'quote' \n line"));
            log().append(tenant, List.of(rich));
            assertThat(all(tenant, program))
                    .as("an event must be read back with every field as appended: person, kind, instant to the"
                            + " microsecond, source, attributes")
                    .containsExactly(rich);
        }
    }

    @Nested
    @DisplayName("reading windows of events")
    class Reading {
        @Test
        @DisplayName("events are read in [from, to) ordered by instant, then id")
        void window() {
            ActivityEvent b = meeting(program, "b", "p", T0.plusSeconds(10));
            ActivityEvent a = meeting(program, "a", "p", T0.plusSeconds(10));
            ActivityEvent first = meeting(program, "z", "p", T0);
            ActivityEvent atEnd = meeting(program, "end", "p", T0.plusSeconds(20));
            log().append(tenant, List.of(b, atEnd, a, first));
            try (Stream<ActivityEvent> events = log().events(tenant, program, T0, T0.plusSeconds(20))) {
                assertThat(events)
                        .as("a window [from, to) must include an event at its start, exclude one at its end, and order"
                                + " by instant, then id")
                        .containsExactly(first, a, b);
            }
            try (Stream<ActivityEvent> events = log().events(tenant, program, T0.plusSeconds(1), T0.plusSeconds(21))) {
                assertThat(events).as("a window [from, to) must exclude an event before its start")
                        .containsExactly(a, b, atEnd);
            }
            assertThat(log().count(tenant, program, T0, T0.plusSeconds(20)))
                    .as("count must agree with the events read in the same window [from, to)").isEqualTo(3);
        }

        @Test
        @DisplayName("an empty or reversed window reads nothing")
        void emptyWindow() {
            log().append(tenant, meetings(program, "e", 3));
            try (Stream<ActivityEvent> events = log().events(tenant, program, T0, T0)) {
                assertThat(events).as("a window whose start equals its end must read nothing").isEmpty();
            }
            try (Stream<ActivityEvent> events = log().events(tenant, program, T0.plusSeconds(60), T0)) {
                assertThat(events).as("a window whose end comes before its start must read nothing").isEmpty();
            }
        }

        @Test
        @DisplayName("ten thousand events stream back complete and in order")
        void large() {
            List<ActivityEvent> batch = IntStream.range(0, 10_000)
                    .mapToObj(i -> meeting(program, String.format(Locale.ROOT, "e%05d", i), "p" + (i % 30),
                            T0.plus(Duration.ofSeconds(i))))
                    .toList();
            for (int from = 0; from < batch.size(); from += 1000) {
                log().append(tenant, batch.subList(from, from + 1000));
            }
            assertThat(log().count(tenant, program, Instant.EPOCH, END_OF_TIME))
                    .as("ten batches of 1,000 new events must count 10,000 events").isEqualTo(10_000);
            List<ActivityEvent> read = all(tenant, program);
            assertThat(read.size()).as("ten batches of 1,000 new events must stream back as 10,000 events")
                    .isEqualTo(10_000);
            int misplaced = IntStream.range(0, batch.size()).filter(i -> !batch.get(i).equals(read.get(i)))
                    .findFirst().orElse(-1);
            assertThat(misplaced)
                    .as("10,000 events must stream back in order of instant, each as appended; position %d is not",
                            misplaced)
                    .isEqualTo(-1);
        }

        @Test
        @DisplayName("a program's events do not appear in another program's window")
        void programs() {
            ProgramId other = ProgramId.of("program-2");
            log().append(tenant, meetings(program, "a", 3));
            log().append(tenant, meetings(other, "b", 2));
            assertThat(all(tenant, program)).as("a program's window must hold its own three events only").hasSize(3);
            assertThat(all(tenant, other)).as("another program's window must hold its own two events only")
                    .hasSize(2);
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation implements TenantIsolationContract {
        @Override
        public String aRecord() {
            return "an event";
        }

        @Override
        public void write(TenantId in, String id) {
            assertThat(log().append(in, List.of(meeting(program, id, "pair-1", T0))))
                    .as("an event id appended in a tenant, even one another tenant uses, must count as new there")
                    .isEqualTo(1);
        }

        @Override
        public List<?> seenBy(TenantId in, String id) {
            return all(in, program);
        }

        @Override
        public void change(TenantId in, String id) {
            log().append(in, List.of(meeting(program, id + "-later", "pair-1", T0.plusSeconds(60))));
        }
    }

    @Nested
    @DisplayName("concurrent appends")
    class ConcurrentAppends {
        @Test
        @DisplayName("eight threads appending overlapping batches store each event exactly once")
        void overlapping() {
            List<ActivityEvent> events = meetings(program, "c", 2_000);
            List<Integer> added = Concurrently.run(8, i -> () -> {
                int sum = 0;
                for (int from = (i * 250) % 2000, n = 0; n < 8; n++, from = (from + 250) % 2000) {
                    sum += log().append(tenant, events.subList(from, from + 250));
                }
                return sum;
            });
            assertThat(added.stream().mapToInt(Integer::intValue).sum())
                    .as("eight threads appending overlapping batches of 2,000 distinct events must be told, in total,"
                            + " that 2,000 were new: each event counts as new exactly once")
                    .isEqualTo(2_000);
            assertThat(all(tenant, program).size())
                    .as("eight threads appending overlapping batches must store each of the 2,000 events once")
                    .isEqualTo(2_000);
        }
    }

    @Test
    @DisplayName("any sequence of appends agrees with a map of first-seen events")
    void appendsAgreeWithAModel() {
        ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Append.ANY, 8))
                .tries(30)
                .check(AppendsAgainstAMap::new);
    }

    /**
     * One step of {@link #appendsAgreeWithAModel}: append a batch of events with these ids; their content changes with
     * every step, so only the first event seen under an id may be kept.
     */
    record Append(List<Integer> ids) {
        static final Gen<Append> ANY = SourceDSL.lists().of(Generate.range(0, 30))
                .ofType(SourceDSL.lists().<Integer, List<Integer>>arrayList()).ofSizeBetween(0, 12).map(Append::new);

        @Override
        public String toString() {
            return ids.isEmpty() ? "append an empty batch"
                    : ids.stream().map(id -> "e" + id).collect(Collectors.joining(", ", "append a batch of ", ""));
        }
    }

    /** Replays appends on the log, in a tenant of their own, and on a map of the first event seen under each id. */
    private final class AppendsAgainstAMap implements ModelBasedProperty.Replay<Append> {
        private final TenantId t = freshTenant();
        private final Map<String, ActivityEvent> model = new LinkedHashMap<>();
        private int round;

        @Override
        public void apply(Append step) {
            round++;
            List<ActivityEvent> batch = new ArrayList<>();
            for (int id : step.ids()) {
                batch.add(meeting(program, "e" + id, "pair-" + round, T0.plus(Duration.ofMinutes(id * 10L + round))));
            }
            int expectedNew = 0;
            for (ActivityEvent e : batch) {
                if (model.putIfAbsent(e.id().value(), e) == null) {
                    expectedNew++;
                }
            }
            assertThat(log().append(t, batch))
                    .as("an append must count each event id not stored before, once, and no other: %d of this batch"
                            + " are new", expectedNew)
                    .isEqualTo(expectedNew);
        }

        @Override
        public void verifyEnd() {
            List<ActivityEvent> expected = model.values().stream()
                    .sorted(Comparator.comparing(ActivityEvent::occurredAt).thenComparing(e -> e.id().value()))
                    .toList();
            assertThat(all(t, program))
                    .as("the log must hold the first event appended under each id, once, ordered by instant then id")
                    .containsExactlyElementsOf(expected);
            assertThat(log().count(t, program, Instant.EPOCH, END_OF_TIME))
                    .as("count must agree with the events held, however many times their ids were appended")
                    .isEqualTo(expected.size());
        }
    }

    @Nested
    @DisplayName("values at the edges of the SPI's rules")
    class ValueRules extends ActivityLogValueRules {
        ValueRules() {
            super(ActivityLogCompatibilityKit.this::log);
        }
    }

    @Nested
    @DisplayName("personal data: erasing a person everywhere, removing a program's events, removing old events")
    class PersonalData extends ActivityLogErasureRules {
        PersonalData() {
            super(ActivityLogCompatibilityKit.this::log);
        }
    }
}
