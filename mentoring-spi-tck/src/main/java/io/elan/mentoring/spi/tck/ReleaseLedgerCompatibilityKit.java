package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ReleaseLedger}: every appended set is read back, by figure key and as a set, appends add to
 * what was released and are atomic, the ledger keeps its own copies, waves and tenants apart, and all of it under
 * concurrent calls. Extend it and return your ledger from {@link #ledger()}; every test works in tenants of its own.
 */
public abstract class ReleaseLedgerCompatibilityKit {

    /** @return the ledger under test; may be the same instance on every call */
    protected abstract ReleaseLedger ledger();

    private static final String WAVE = "mid-point";

    private final TenantId tenant = freshTenant();
    private final ProgramId program = ProgramId.of("program-1");

    private void append(TenantId t, Map<String, List<long[]>> sets) {
        ledger().append(t, program, WAVE, sets);
    }

    private Map<String, Set<Set<Long>>> released(TenantId t) {
        return asSets(ledger().released(t, program, WAVE));
    }

    /** The ledger's answer as it is meant: by key, a set of sets, neither order nor repeats mattering. */
    private static Map<String, Set<Set<Long>>> asSets(Map<String, List<long[]>> released) {
        Map<String, Set<Set<Long>>> sets = new TreeMap<>();
        released.forEach((key, family) -> sets.put(key, family.stream()
                .map(set -> Arrays.stream(set).boxed().collect(Collectors.toSet()))
                .collect(Collectors.toSet())));
        return sets;
    }

    private static long[] set(long... fingerprints) {
        return fingerprints;
    }

    private static Set<Long> asSet(long... fingerprints) {
        return Arrays.stream(fingerprints).boxed().collect(Collectors.toSet());
    }

    @Nested
    @DisplayName("remembering releases")
    class Remembering {
        @Test
        @DisplayName("appended sets are read back by figure key, each with its fingerprints")
        void readBack() {
            append(tenant, Map.of("respondents", List.of(set(1, 2, 3, 4, 5)),
                    "pace.suits", List.of(set(1, 2, 3), set(3, 4, 5, 6))));
            assertThat(released(tenant)).isEqualTo(Map.of(
                    "respondents", Set.of(asSet(1, 2, 3, 4, 5)),
                    "pace.suits", Set.of(asSet(1, 2, 3), asSet(3, 4, 5, 6))));
        }

        @Test
        @DisplayName("appending adds to the sets already released and replaces none of them")
        void adds() {
            append(tenant, Map.of("pace.suits", List.of(set(1, 2, 3))));
            append(tenant, Map.of("pace.suits", List.of(set(4, 5, 6)), "scale:relationship", List.of(set(7, 8, 9))));
            assertThat(released(tenant)).isEqualTo(Map.of(
                    "pace.suits", Set.of(asSet(1, 2, 3), asSet(4, 5, 6)),
                    "scale:relationship", Set.of(asSet(7, 8, 9))));
        }

        @Test
        @DisplayName("every fingerprint survives the round trip, the extremes and negative ones included, in sets of"
                + " hundreds")
        void fingerprints() {
            long[] extremes = set(Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE, 0x7f3a_9c01_d2e4_b5f6L);
            long[] large = LongStream.range(0, 600).map(n -> n * 0x9E37_79B9_7F4A_7C15L).toArray();
            append(tenant, Map.of("overall.recommend", List.of(extremes, large)));
            assertThat(released(tenant)).isEqualTo(Map.of("overall.recommend", Set.of(asSet(extremes),
                    asSet(large))));
        }

        @Test
        @DisplayName("a set appended again is read back as the same set, and nothing else appears")
        void again() {
            append(tenant, Map.of("respondents", List.of(set(1, 2, 3))));
            append(tenant, Map.of("respondents", List.of(set(3, 2, 1))));
            assertThat(released(tenant)).isEqualTo(Map.of("respondents", Set.of(asSet(1, 2, 3))));
        }

        @Test
        @DisplayName("a wave nothing was released from reads empty, and an empty append changes nothing")
        void empty() {
            assertThat(ledger().released(tenant, program, WAVE)).isEmpty();
            append(tenant, Map.of());
            assertThat(ledger().released(tenant, program, WAVE)).isEmpty();
        }

        @Test
        @DisplayName("each wave and each program has its own releases")
        void perWaveAndProgram() {
            ProgramId other = ProgramId.of("program-2");
            append(tenant, Map.of("respondents", List.of(set(1, 2, 3))));
            ledger().append(tenant, program, "closing", Map.of("respondents", List.of(set(4, 5, 6))));
            ledger().append(tenant, other, WAVE, Map.of("respondents", List.of(set(7, 8, 9))));
            assertThat(released(tenant)).isEqualTo(Map.of("respondents", Set.of(asSet(1, 2, 3))));
            assertThat(asSets(ledger().released(tenant, program, "closing")))
                    .isEqualTo(Map.of("respondents", Set.of(asSet(4, 5, 6))));
            assertThat(asSets(ledger().released(tenant, other, WAVE)))
                    .isEqualTo(Map.of("respondents", Set.of(asSet(7, 8, 9))));
        }

        @Test
        @DisplayName("the ledger keeps its own copies: changing an appended or a returned array changes nothing")
        void copies() {
            long[] appended = set(1, 2, 3);
            append(tenant, Map.of("respondents", List.of(appended)));
            appended[0] = 99;
            ledger().released(tenant, program, WAVE).get("respondents").get(0)[1] = 98;
            assertThat(released(tenant)).isEqualTo(Map.of("respondents", Set.of(asSet(1, 2, 3))));
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation {
        @Test
        @DisplayName("another tenant reads none of the releases, and its own appends stay its own")
        void invisible() {
            TenantId other = freshTenant();
            append(tenant, Map.of("respondents", List.of(set(1, 2, 3))));
            assertThat(ledger().released(other, program, WAVE)).isEmpty();
            append(other, Map.of("respondents", List.of(set(4, 5, 6))));
            assertThat(released(tenant)).isEqualTo(Map.of("respondents", Set.of(asSet(1, 2, 3))));
            assertThat(released(other)).isEqualTo(Map.of("respondents", Set.of(asSet(4, 5, 6))));
        }
    }

    @Nested
    @DisplayName("concurrent calls")
    class ConcurrentCalls {
        @Test
        @DisplayName("eight threads appending to the same figure key lose none of the sets")
        void noneLost() {
            Concurrently.run(8, i -> () -> {
                for (int round = 0; round < 5; round++) {
                    long base = 100L * i + 10L * round;
                    append(tenant, Map.of("pace.suits", List.of(set(base, base + 1, base + 2))));
                }
                return i;
            });
            assertThat(released(tenant).get("pace.suits")).hasSize(40);
        }

        @Test
        @DisplayName("an append is atomic: a reader sees all of its sets or none of them")
        void atomic() {
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Integer> torn = Concurrently.run(4, i -> () -> {
                if (i == 0) {
                    for (long n = 0; n < 40; n++) {
                        append(tenant, Map.of("respondents", List.of(set(n, n + 1000, n + 2000)),
                                "pace.suits", List.of(set(n, n + 1000, n + 2000)),
                                "goals.progress", List.of(set(n, n + 1000, n + 2000))));
                    }
                    writing.set(false);
                    return 0;
                }
                int seen = 0;
                while (writing.get()) {
                    Map<String, Set<Set<Long>>> snapshot = released(tenant);
                    Set<Set<Long>> respondents = snapshot.getOrDefault("respondents", Set.of());
                    if (!respondents.equals(snapshot.getOrDefault("pace.suits", Set.of()))
                            || !respondents.equals(snapshot.getOrDefault("goals.progress", Set.of()))) {
                        seen++;
                    }
                }
                return seen;
            });
            assertThat(torn).as("reads that saw part of an append, by thread").containsOnly(0);
            assertThat(released(tenant).get("goals.progress")).hasSize(40);
        }
    }

    /** One step of {@link #appendsAgreeWithAModel}: append to key {@code key} sets drawn from a small universe. */
    record Step(int key, List<Set<Long>> sets) {}

    @Provide
    Arbitrary<List<Step>> ledgerSteps() {
        Arbitrary<Set<Long>> sets = Arbitraries.longs().between(-3, 8).set().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(Arbitraries.integers().between(0, 3), sets.list().ofMaxSize(3))
                .as(Step::new).list().ofMaxSize(25);
    }

    @Property(tries = 40)
    @Label("any sequence of appends agrees with a map of released sets by figure key")
    void appendsAgreeWithAModel(@ForAll("ledgerSteps") List<Step> steps) {
        TenantId t = freshTenant();
        Map<String, Set<Set<Long>>> model = new HashMap<>();
        for (Step step : steps) {
            String key = "item-" + step.key();
            if (!step.sets().isEmpty()) {
                model.computeIfAbsent(key, k -> new HashSet<>()).addAll(step.sets());
            }
            List<long[]> appended = step.sets().stream()
                    .map(set -> set.stream().mapToLong(Long::longValue).toArray())
                    .toList();
            ledger().append(t, program, WAVE, appended.isEmpty() ? Map.of() : Map.of(key, appended));
            assertThat(released(t)).isEqualTo(model);
        }
    }
}
