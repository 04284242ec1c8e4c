package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.WaveDefinition;
import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.spi.tck.contract.TenantIsolationContract;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import io.elan.mentoring.spi.tck.internal.ModelBasedProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The contract of {@link WaveDefinitionStore}: a wave's first definition wins and is read back whole, waves,
 * programs and tenants apart, and all of it under concurrent calls and for any sequence of pins. Extend it
 * and return your store from {@link #store()}; every test works in tenants of its own.
 */
public abstract class WaveDefinitionStoreCompatibilityKit {

    /** @return the store under test; may be the same instance on every call */
    protected abstract WaveDefinitionStore store();

    private static final String WAVE = "mid-point";

    private final TenantId tenant = freshTenant();
    private final ProgramId program = ProgramId.of("program-1");

    /**
     * @param questionnaire the questionnaire id
     * @param dimensions the segment dimensions after the role
     * @return a definition with a Likert item, a choice item, a scale and the given dimensions
     */
    protected static WaveDefinition definition(String questionnaire, String... dimensions) {
        List<String> segments = new ArrayList<>(List.of(Segments.ROLE));
        segments.addAll(List.of(dimensions));
        return new WaveDefinition(questionnaire,
                List.of(new WaveDefinition.Item("pace.suits", "LIKERT_5", "EVERYONE", List.of()),
                        new WaveDefinition.Item("trust", "LIKERT_5", "EVERYONE", List.of()),
                        new WaveDefinition.Item("pace.frequency", "SINGLE_CHOICE", "MENTEES",
                                List.of("weekly", "monthly"))),
                List.of(new WaveDefinition.Scale("relationship", List.of("pace.suits", "trust"))), segments);
    }

    private WaveDefinition pin(TenantId t, WaveDefinition candidate) {
        return store().pinIfAbsent(t, program, WAVE, candidate);
    }

    private Optional<WaveDefinition> pinned(TenantId t) {
        return store().pinned(t, program, WAVE);
    }

    @Nested
    @DisplayName("pinning a definition to a wave")
    class Pinning {
        @Test
        @DisplayName("a pinned definition is returned as given and read back")
        void pinned() {
            WaveDefinition given = definition("mid-point", Segments.COHORT);
            assertThat(pin(tenant, given)).as("pinning a wave for the first time must return the definition as given")
                    .isEqualTo(given);
            assertThat(WaveDefinitionStoreCompatibilityKit.this.pinned(tenant))
                    .as("a pinned definition must be read back").contains(given);
        }

        @Test
        @DisplayName("a wave keeps its first definition: pinning another returns the first, which stays stored")
        void firstDefinitionWins() {
            WaveDefinition first = definition("mid-point");
            pin(tenant, first);
            assertThat(pin(tenant, definition("mid-point", Segments.DEPARTMENT)))
                    .as("pinning a wave again must return its first definition").isEqualTo(first);
            assertThat(pin(tenant, definition("closing")))
                    .as("pinning a wave again must return its first definition").isEqualTo(first);
            assertThat(WaveDefinitionStoreCompatibilityKit.this.pinned(tenant))
                    .as("a wave's first definition must stay stored, never replaced").contains(first);
        }

        @Test
        @DisplayName("every field survives the round trip: item order, kinds, tracks, option codes in order, scales,"
                + " every dimension in order, accented and spaced ids")
        void roundTrip() {
            WaveDefinition given = new WaveDefinition("questionnaire « été » 2026",
                    List.of(new WaveDefinition.Item("z.last", "SCORE_0_10", "EVERYONE", List.of()),
                            new WaveDefinition.Item("thème:atelier", "MULTIPLE_CHOICE", "MENTORS",
                                    List.of("temps", "feed back", "a:b", "réseau")),
                            new WaveDefinition.Item("a.first", "LIKERT_7", "MENTEES", List.of()),
                            new WaveDefinition.Item("b.second", "LIKERT_7", "MENTEES", List.of())),
                    List.of(new WaveDefinition.Scale("s2", List.of("b.second", "a.first")),
                            new WaveDefinition.Scale("s1", List.of("a.first", "b.second"))),
                    List.of(Segments.ROLE, Segments.SENIORITY, Segments.SITE, Segments.COHORT, Segments.DEPARTMENT));
            pin(tenant, given);
            assertThat(WaveDefinitionStoreCompatibilityKit.this.pinned(tenant))
                    .as("every field of a definition must be read back as pinned, lists in their order")
                    .contains(given);
        }

        @Test
        @DisplayName("a wave never pinned reads empty")
        void neverPinned() {
            assertThat(WaveDefinitionStoreCompatibilityKit.this.pinned(tenant))
                    .as("a wave never pinned must read empty").isEmpty();
        }

        @Test
        @DisplayName("each wave and each program has its own definition")
        void perWaveAndProgram() {
            ProgramId other = ProgramId.of("program-2");
            WaveDefinition midPoint = definition("mid-point");
            WaveDefinition closing = definition("closing", Segments.COHORT);
            WaveDefinition elsewhere = definition("mid-point", Segments.SITE);
            pin(tenant, midPoint);
            assertThat(store().pinIfAbsent(tenant, program, "closing", closing))
                    .as("another wave of the same program must be pinned on its own").isEqualTo(closing);
            assertThat(store().pinIfAbsent(tenant, other, WAVE, elsewhere))
                    .as("the same wave of another program must be pinned on its own").isEqualTo(elsewhere);
            assertThat(WaveDefinitionStoreCompatibilityKit.this.pinned(tenant))
                    .as("a wave must keep its own definition").contains(midPoint);
            assertThat(store().pinned(tenant, program, "closing"))
                    .as("another wave of the same program must read its own definition").contains(closing);
            assertThat(store().pinned(tenant, other, WAVE))
                    .as("the same wave of another program must read its own definition").contains(elsewhere);
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation implements TenantIsolationContract {
        /** The store only pins, once per wave: a change in a tenant pins a second wave, named with this suffix. */
        private static final String SECOND_WAVE_SUFFIX = "-second";

        @Override
        public String aRecord() {
            return "a definition";
        }

        @Override
        public void write(TenantId in, String id) {
            WaveDefinition candidate = definition("questionnaire-of-" + in.value());
            assertThat(store().pinIfAbsent(in, program, id, candidate))
                    .as("a wave pinned in a tenant, even one another tenant pinned, must be pinned anew there, to the"
                            + " definition given")
                    .isEqualTo(candidate);
        }

        @Override
        public List<?> seenBy(TenantId in, String id) {
            List<Object> seen = new ArrayList<>();
            store().pinned(in, program, id).ifPresent(seen::add);
            store().pinned(in, program, id + SECOND_WAVE_SUFFIX).ifPresent(seen::add);
            return seen;
        }

        @Override
        public void change(TenantId in, String id) {
            store().pinIfAbsent(in, program, id + SECOND_WAVE_SUFFIX, definition("questionnaire-later"));
        }

        @Test
        @DisplayName("another tenant reads none of the definitions, and pins its own")
        void invisible() {
            TenantId other = freshTenant();
            WaveDefinition ours = definition("mid-point");
            WaveDefinition theirs = definition("mid-point", Segments.COHORT);
            pin(tenant, ours);
            assertThat(pinned(other)).as("a definition must not be read from another tenant").isEmpty();
            assertThat(pin(other, theirs)).as("another tenant must pin the same wave id on its own")
                    .isEqualTo(theirs);
            assertThat(pinned(tenant)).as("a tenant's definition must not change when another tenant pins")
                    .contains(ours);
            assertThat(pinned(other)).as("the other tenant must read its own definition").contains(theirs);
        }
    }

    @Nested
    @DisplayName("concurrent calls")
    class ConcurrentCalls {
        @Test
        @DisplayName("eight threads pinning different definitions of one wave all get the one stored")
        void oneWinner() {
            String[] dimensions = {Segments.COHORT, Segments.DEPARTMENT, Segments.SITE, Segments.SENIORITY};
            List<WaveDefinition> returned = Concurrently.run(8, i -> () -> pin(tenant,
                    definition("questionnaire-" + i, dimensions[i % dimensions.length])));
            assertThat(returned).as("threads pinning one wave at once must all get the same definition")
                    .containsOnly(returned.get(0));
            assertThat(pinned(tenant)).as("the definition every thread got must be the one stored")
                    .contains(returned.get(0));
        }
    }

    @Test
    @DisplayName("any sequence of pins agrees with a map of first definitions by wave, every wave read after each pin")
    void pinsAgreeWithAModel() {
        ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Pin.ANY, 20))
                .tries(40)
                .check(DefinitionsAgainstAMap::new);
    }

    /**
     * One step of {@link #pinsAgreeWithAModel}: pin definition {@code d<definition>} to wave {@code w<wave>}. Reads
     * are no step of their own: every wave is read after every pin.
     */
    record Pin(int wave, int definition) {
        static final Gen<Pin> ANY = Generate.range(0, 2).zip(Generate.range(0, 3), Pin::new);

        @Override
        public String toString() {
            return "pin d" + definition + " to w" + wave;
        }
    }

    /** Replays pins on the store, in a tenant of its own, and on a map of first definitions by wave. */
    private final class DefinitionsAgainstAMap implements ModelBasedProperty.Replay<Pin> {
        private final TenantId t = freshTenant();
        private final Map<String, WaveDefinition> model = new HashMap<>();

        @Override
        public void apply(Pin pin) {
            String wave = "w" + pin.wave();
            WaveDefinition candidate = definition("d" + pin.definition());
            WaveDefinition expected = model.computeIfAbsent(wave, k -> candidate);
            assertThat(store().pinIfAbsent(t, program, wave, candidate).questionnaire())
                    .as(expected == candidate ? "pinning %s for the first time must return the definition as given"
                            : "pinning %s again must return its first definition", wave)
                    .isEqualTo(expected.questionnaire());
            for (int w = 0; w < 3; w++) {
                String each = "w" + w;
                assertThat(store().pinned(t, program, each).map(WaveDefinition::questionnaire))
                        .as("after %s, %s must read its first definition (or nothing if never pinned)", pin, each)
                        .isEqualTo(Optional.ofNullable(model.get(each)).map(WaveDefinition::questionnaire));
            }
        }
    }
}
