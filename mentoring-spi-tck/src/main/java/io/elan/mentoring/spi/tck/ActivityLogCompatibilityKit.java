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
import io.elan.mentoring.spi.tck.internal.Concurrently;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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
    @DisplayName("appending")
    class Appending {
        @Test
        @DisplayName("an append returns how many events were new and stores them")
        void append() {
            List<ActivityEvent> batch = meetings(program, "e", 5);
            assertThat(log().append(tenant, batch)).isEqualTo(5);
            assertThat(all(tenant, program)).containsExactlyElementsOf(batch);
        }

        @Test
        @DisplayName("appending the same batch again adds nothing")
        void replay() {
            List<ActivityEvent> batch = meetings(program, "e", 5);
            log().append(tenant, batch);
            assertThat(log().append(tenant, batch)).isZero();
            assertThat(all(tenant, program)).hasSize(5);
        }

        @Test
        @DisplayName("an event id already stored is ignored whatever its content: the first append wins")
        void firstWins() {
            ActivityEvent first = meeting(program, "same", "pair-1", T0);
            ActivityEvent impostor = ActivityEvent.ofPerson(EventId.of("same"), program, PersonId.of("x"),
                    ActivityKind.HOTLINE_REQUEST, T0.plusSeconds(5), "other");
            log().append(tenant, List.of(first));
            assertThat(log().append(tenant, List.of(impostor))).isZero();
            assertThat(all(tenant, program)).containsExactly(first);
        }

        @Test
        @DisplayName("an id repeated inside one batch is stored once")
        void repeatedInBatch() {
            ActivityEvent e = meeting(program, "dup", "pair-1", T0);
            assertThat(log().append(tenant, List.of(e, e, e))).isEqualTo(1);
            assertThat(all(tenant, program)).containsExactly(e);
        }

        @Test
        @DisplayName("a batch that mixes stored and new events stores only the new ones")
        void mixed() {
            List<ActivityEvent> first = meetings(program, "e", 3);
            log().append(tenant, first);
            List<ActivityEvent> second = new ArrayList<>(first);
            second.add(meeting(program, "new", "pair-1", T0.plusSeconds(1)));
            assertThat(log().append(tenant, second)).isEqualTo(1);
            assertThat(all(tenant, program)).hasSize(4);
        }

        @Test
        @DisplayName("an empty batch stores nothing")
        void empty() {
            assertThat(log().append(tenant, List.of())).isZero();
        }

        @Test
        @DisplayName("attributes, persons and sources survive the round trip")
        void roundTrip() {
            ActivityEvent rich = ActivityEvent.ofPerson(EventId.of("call-1"), program, PersonId.of("amélie"),
                    ActivityKind.CHECKPOINT_CALL, Instant.parse("2026-11-03T09:30:00.123456Z"), "engine")
                    .withAttributes(Map.of("outcome", "REACHED", "note", "Très bien ; « ok » 'quote' \n line"));
            log().append(tenant, List.of(rich));
            assertThat(all(tenant, program)).containsExactly(rich);
        }
    }

    @Nested
    @DisplayName("reading")
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
                assertThat(events).containsExactly(first, a, b);
            }
            try (Stream<ActivityEvent> events = log().events(tenant, program, T0.plusSeconds(1), T0.plusSeconds(21))) {
                assertThat(events).containsExactly(a, b, atEnd);
            }
            assertThat(log().count(tenant, program, T0, T0.plusSeconds(20))).isEqualTo(3);
        }

        @Test
        @DisplayName("an empty or reversed window reads nothing")
        void emptyWindow() {
            log().append(tenant, meetings(program, "e", 3));
            try (Stream<ActivityEvent> events = log().events(tenant, program, T0, T0)) {
                assertThat(events).isEmpty();
            }
            try (Stream<ActivityEvent> events = log().events(tenant, program, T0.plusSeconds(60), T0)) {
                assertThat(events).isEmpty();
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
            assertThat(log().count(tenant, program, Instant.EPOCH, END_OF_TIME)).isEqualTo(10_000);
            assertThat(all(tenant, program)).containsExactlyElementsOf(batch);
        }

        @Test
        @DisplayName("a program's events do not appear in another program's window")
        void programs() {
            ProgramId other = ProgramId.of("program-2");
            log().append(tenant, meetings(program, "a", 3));
            log().append(tenant, meetings(other, "b", 2));
            assertThat(all(tenant, program)).hasSize(3);
            assertThat(all(tenant, other)).hasSize(2);
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation {
        @Test
        @DisplayName("another tenant reads none of the events")
        void invisible() {
            log().append(tenant, meetings(program, "e", 3));
            assertThat(all(freshTenant(), program)).isEmpty();
        }

        @Test
        @DisplayName("the same event id in two tenants is two events")
        void idsPerTenant() {
            TenantId other = freshTenant();
            List<ActivityEvent> batch = meetings(program, "e", 3);
            assertThat(log().append(tenant, batch)).isEqualTo(3);
            assertThat(log().append(other, batch)).isEqualTo(3);
            assertThat(all(other, program)).hasSize(3);
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
            assertThat(added.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2_000);
            assertThat(all(tenant, program)).hasSize(2_000);
        }
    }

    @Provide
    Arbitrary<List<List<Integer>>> batches() {
        return Arbitraries.integers().between(0, 30).list().ofMaxSize(12).list().ofMaxSize(8);
    }

    @Property(tries = 30)
    @Label("any sequence of appends agrees with a map of first-seen events")
    void appendsAgreeWithAModel(@ForAll("batches") List<List<Integer>> batches) {
        TenantId t = freshTenant();
        Map<String, ActivityEvent> model = new LinkedHashMap<>();
        int round = 0;
        for (List<Integer> ids : batches) {
            round++;
            List<ActivityEvent> batch = new ArrayList<>();
            for (int id : ids) {
                // Same id, content that changes each round: only the first one seen may be kept.
                batch.add(meeting(program, "e" + id, "pair-" + round, T0.plus(Duration.ofMinutes(id * 10L + round))));
            }
            int expectedNew = 0;
            for (ActivityEvent e : batch) {
                if (!model.containsKey(e.id().value())) {
                    model.put(e.id().value(), e);
                    expectedNew++;
                }
            }
            assertThat(log().append(t, batch)).isEqualTo(expectedNew);
        }
        List<ActivityEvent> expected = model.values().stream()
                .sorted(Comparator.comparing(ActivityEvent::occurredAt).thenComparing(e -> e.id().value()))
                .collect(Collectors.toList());
        assertThat(all(t, program)).containsExactlyElementsOf(expected);
    }
}
