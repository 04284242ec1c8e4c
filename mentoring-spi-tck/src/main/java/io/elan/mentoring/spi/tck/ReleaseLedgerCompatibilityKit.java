package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.internal.SurveyNullArguments.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.tck.contract.TenantIsolationContract;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import io.elan.mentoring.spi.tck.internal.ModelBasedProperty;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

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
            assertThat(released(tenant)).as("appended sets must be read back under their figure keys, each whole")
                    .isEqualTo(Map.of(
                            "respondents", Set.of(asSet(1, 2, 3, 4, 5)),
                            "pace.suits", Set.of(asSet(1, 2, 3), asSet(3, 4, 5, 6))));
        }

        @Test
        @DisplayName("appending adds to the sets already released and replaces none of them")
        void adds() {
            append(tenant, Map.of("pace.suits", List.of(set(1, 2, 3))));
            append(tenant, Map.of("pace.suits", List.of(set(4, 5, 6)), "scale:relationship", List.of(set(7, 8, 9))));
            assertThat(released(tenant))
                    .as("a second append to pace.suits must add its set to the one already released, replacing"
                            + " none of them")
                    .isEqualTo(Map.of(
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
            assertThat(released(tenant))
                    .as("every 64-bit fingerprint must be read back as appended: the extremes, negative ones and a set"
                            + " of 600")
                    .isEqualTo(Map.of("overall.recommend", Set.of(asSet(extremes), asSet(large))));
        }

        @Test
        @DisplayName("a set appended again is read back as the same set, and nothing else appears")
        void again() {
            append(tenant, Map.of("respondents", List.of(set(1, 2, 3))));
            append(tenant, Map.of("respondents", List.of(set(3, 2, 1))));
            assertThat(released(tenant)).as("a set appended again, in another order, must read back as the same set")
                    .isEqualTo(Map.of("respondents", Set.of(asSet(1, 2, 3))));
        }

        @Test
        @DisplayName("a wave nothing was released from reads empty, and an empty append changes nothing")
        void empty() {
            assertThat(ledger().released(tenant, program, WAVE)).as("a wave nothing was released from must read empty")
                    .isEmpty();
            append(tenant, Map.of());
            assertThat(ledger().released(tenant, program, WAVE)).as("an empty append must release nothing").isEmpty();
        }

        @Test
        @DisplayName("each wave and each program has its own releases")
        void perWaveAndProgram() {
            ProgramId other = ProgramId.of("program-2");
            append(tenant, Map.of("respondents", List.of(set(1, 2, 3))));
            ledger().append(tenant, program, "closing", Map.of("respondents", List.of(set(4, 5, 6))));
            ledger().append(tenant, other, WAVE, Map.of("respondents", List.of(set(7, 8, 9))));
            assertThat(released(tenant)).as("a wave must read only its own releases")
                    .isEqualTo(Map.of("respondents", Set.of(asSet(1, 2, 3))));
            assertThat(asSets(ledger().released(tenant, program, "closing")))
                    .as("another wave of the same program must read only its own releases")
                    .isEqualTo(Map.of("respondents", Set.of(asSet(4, 5, 6))));
            assertThat(asSets(ledger().released(tenant, other, WAVE)))
                    .as("the same wave of another program must read only its own releases")
                    .isEqualTo(Map.of("respondents", Set.of(asSet(7, 8, 9))));
        }

        @Test
        @DisplayName("the ledger keeps its own copies: changing an appended or a returned array changes nothing")
        void copies() {
            long[] appended = set(1, 2, 3);
            append(tenant, Map.of("respondents", List.of(appended)));
            appended[0] = 99;
            ledger().released(tenant, program, WAVE).get("respondents").get(0)[1] = 98;
            assertThat(released(tenant))
                    .as("changing the array appended, or an array read back, must not change what the ledger holds")
                    .isEqualTo(Map.of("respondents", Set.of(asSet(1, 2, 3))));
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation implements TenantIsolationContract {
        @Override
        public String aRecord() {
            return "a released set";
        }

        @Override
        public void write(TenantId in, String id) {
            append(in, Map.of(id, List.of(set(1, 2, 3))));
        }

        @Override
        public List<?> seenBy(TenantId in, String id) {
            return List.copyOf(released(in).entrySet());
        }

        @Override
        public void change(TenantId in, String id) {
            append(in, Map.of(id, List.of(set(7, 8))));
        }

        @Test
        @DisplayName("another tenant reads none of the releases, and its own appends stay its own")
        void invisible() {
            TenantId other = freshTenant();
            append(tenant, Map.of("respondents", List.of(set(1, 2, 3))));
            assertThat(ledger().released(other, program, WAVE)).as("releases must not be read from another tenant")
                    .isEmpty();
            append(other, Map.of("respondents", List.of(set(4, 5, 6))));
            assertThat(released(tenant)).as("another tenant's append must not change this tenant's releases")
                    .isEqualTo(Map.of("respondents", Set.of(asSet(1, 2, 3))));
            assertThat(released(other)).as("a tenant must read its own releases only")
                    .isEqualTo(Map.of("respondents", Set.of(asSet(4, 5, 6))));
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
            assertThat(released(tenant).get("pace.suits"))
                    .as("eight threads each appending five distinct sets to pace.suits must leave all 40 released")
                    .hasSize(40);
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
            assertThat(torn)
                    .as("readers must never see part of an append (counts of torn reads, by thread, writer first)")
                    .containsOnly(0);
            assertThat(released(tenant).get("goals.progress")).as("all 40 appends must be released in the end")
                    .hasSize(40);
        }
    }

    @Test
    @DisplayName("any sequence of appends agrees with a map of released sets by figure key")
    void appendsAgreeWithAModel() {
        ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Step.ANY, 25))
                .tries(40)
                .check(ReleasesAgainstAMap::new);
    }

    /** One step of {@link #appendsAgreeWithAModel}: append to key {@code key} sets drawn from a small universe. */
    record Step(int key, List<Set<Long>> sets) {
        private static final Gen<Set<Long>> SET = SourceDSL.lists().of(Generate.longRange(-3, 8))
                .ofType(SourceDSL.lists().<Long, List<Long>>arrayList()).ofSizeBetween(1, 6)
                .map(fingerprints -> (Set<Long>) new TreeSet<>(fingerprints));
        static final Gen<Step> ANY = Generate.range(0, 3).zip(SourceDSL.lists().of(SET)
                .ofType(SourceDSL.lists().<Set<Long>, List<Set<Long>>>arrayList()).ofSizeBetween(0, 3), Step::new);

        @Override
        public String toString() {
            return sets.isEmpty() ? "append nothing"
                    : sets.stream()
                            .map(set -> set.stream().map(String::valueOf).collect(Collectors.joining(", ", "{", "}")))
                            .collect(Collectors.joining(" ", "append to item-" + key + " the sets ", ""));
        }
    }

    /** Replays appends on the ledger, in a tenant of their own, and on a map of released sets by figure key. */
    private final class ReleasesAgainstAMap implements ModelBasedProperty.Replay<Step> {
        private final TenantId t = freshTenant();
        private final Map<String, Set<Set<Long>>> model = new HashMap<>();

        @Override
        public void apply(Step step) {
            String key = "item-" + step.key();
            if (!step.sets().isEmpty()) {
                model.computeIfAbsent(key, k -> new HashSet<>()).addAll(step.sets());
            }
            List<long[]> appended = step.sets().stream()
                    .map(set -> set.stream().mapToLong(Long::longValue).toArray())
                    .toList();
            ledger().append(t, program, WAVE, appended.isEmpty() ? Map.of() : Map.of(key, appended));
            assertThat(released(t))
                    .as("after %s, every set appended so far must be released under its key, none replaced", step)
                    .isEqualTo(model);
        }
    }

    @Nested
    @DisplayName("the arguments of every call")
    class Arguments {
        @Test
        @DisplayName("a null tenant, program or wave is refused, as every store refuses it")
        void nullsRefused() {
            Map<String, List<long[]>> sets = Map.of("respondents", List.of(new long[] {1, 2}));
            refused(() -> ledger().released(null, program, WAVE), "tenant");
            refused(() -> ledger().released(tenant, null, WAVE), "program");
            refused(() -> ledger().released(tenant, program, null), "wave");
            refused(() -> ledger().append(null, program, WAVE, sets), "tenant");
            refused(() -> ledger().append(tenant, null, WAVE, sets), "program");
            refused(() -> ledger().append(tenant, program, null, sets), "wave");
            assertThat(ledger().released(tenant, program, WAVE)).isEmpty();
        }
    }
}
