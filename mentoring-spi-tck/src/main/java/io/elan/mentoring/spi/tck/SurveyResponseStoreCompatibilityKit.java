package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.KitFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * The contract of {@link SurveyResponseStore}: one response per token and wave, never replaced, read by token order,
 * tenants apart. Extend it and return your store from {@link #store()}; every test works in tenants of its own.
 */
public abstract class SurveyResponseStoreCompatibilityKit {

    /** @return the store under test; may be the same instance on every call */
    protected abstract SurveyResponseStore store();

    private final TenantId tenant = freshTenant();
    private final ProgramId program = ProgramId.of("program-1");

    private List<SurveyResponse> read(TenantId t, ProgramId p, String wave) {
        try (Stream<SurveyResponse> responses = store().responses(t, p, wave)) {
            return responses.toList();
        }
    }

    @Nested
    @DisplayName("one response per token")
    class OnePerToken {
        @Test
        @DisplayName("a response is stored under its token and read back whole")
        void stored() {
            SurveyResponse r = new SurveyResponse(program, "mid-point", ResponseToken.of("t1"),
                    Map.of("role", "MENTEE", "cohort", "2026"),
                    Map.of("pace", new Answer.Numeric(4), "themes", new Answer.Choices(Set.of("feedback", "goals")),
                            "comment", new Answer.Text("Très utile ; « merci » 'à tous'\nsecond line")));
            assertThat(store().saveIfAbsent(tenant, r)).isTrue();
            assertThat(store().contains(tenant, program, "mid-point", ResponseToken.of("t1"))).isTrue();
            assertThat(read(tenant, program, "mid-point")).containsExactly(r);
            assertThat(store().count(tenant, program, "mid-point")).isEqualTo(1);
        }

        @Test
        @DisplayName("a second submission under the same token is refused and the first response stays unchanged")
        void secondRefused() {
            SurveyResponse first = response(program, "mid-point", "t1", 5);
            store().saveIfAbsent(tenant, first);
            assertThat(store().saveIfAbsent(tenant, response(program, "mid-point", "t1", 1))).isFalse();
            assertThat(read(tenant, program, "mid-point")).containsExactly(first);
        }

        @Test
        @DisplayName("the same token may answer two different waves")
        void twoWaves() {
            assertThat(store().saveIfAbsent(tenant, response(program, "mid-point", "t1", 5))).isTrue();
            assertThat(store().saveIfAbsent(tenant, response(program, "closing", "t1", 3))).isTrue();
            assertThat(store().count(tenant, program, "mid-point")).isEqualTo(1);
            assertThat(store().count(tenant, program, "closing")).isEqualTo(1);
        }

        @Test
        @DisplayName("responses are read ordered by token, never by arrival")
        void orderedByToken() {
            store().saveIfAbsent(tenant, response(program, "w", "c", 1));
            store().saveIfAbsent(tenant, response(program, "w", "a", 2));
            store().saveIfAbsent(tenant, response(program, "w", "b", 3));
            assertThat(read(tenant, program, "w")).extracting(r -> r.token().value()).containsExactly("a", "b", "c");
        }

        @Test
        @DisplayName("an unknown token is not contained and an unknown wave reads empty")
        void unknown() {
            assertThat(store().contains(tenant, program, "w", ResponseToken.of("nope"))).isFalse();
            assertThat(read(tenant, program, "nope")).isEmpty();
            assertThat(store().count(tenant, program, "nope")).isZero();
        }

        @Test
        @DisplayName("eight concurrent submissions under one token store exactly one response")
        void concurrent() {
            for (int round = 0; round < 20; round++) {
                String token = "race-" + round;
                List<Boolean> stored = Concurrently.run(8,
                        i -> () -> store().saveIfAbsent(tenant, response(program, "w", token, 1 + i % 5)));
                assertThat(stored).filteredOn(ok -> ok).hasSize(1);
            }
            assertThat(store().count(tenant, program, "w")).isEqualTo(20);
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation {
        @Test
        @DisplayName("another tenant neither reads nor counts the responses, and may use the same token")
        void invisible() {
            TenantId other = freshTenant();
            store().saveIfAbsent(tenant, response(program, "w", "t1", 4));
            assertThat(read(other, program, "w")).isEmpty();
            assertThat(store().contains(other, program, "w", ResponseToken.of("t1"))).isFalse();
            assertThat(store().saveIfAbsent(other, response(program, "w", "t1", 2))).isTrue();
            assertThat(read(tenant, program, "w")).extracting(r -> ((Answer.Numeric) r.answers().get("q1")).value())
                    .containsExactly(4);
        }

        @Test
        @DisplayName("two programs of one tenant keep their responses apart")
        void programs() {
            ProgramId other = ProgramId.of("program-2");
            store().saveIfAbsent(tenant, response(program, "w", "t1", 4));
            assertThat(store().saveIfAbsent(tenant, response(other, "w", "t1", 2))).isTrue();
            assertThat(store().count(tenant, program, "w")).isEqualTo(1);
        }
    }

    @Provide
    Arbitrary<List<Integer>> submissions() {
        return Arbitraries.integers().between(0, 15).list().ofMaxSize(40);
    }

    @Property(tries = 30)
    @Label("any sequence of submissions agrees with a map of first responses by token")
    void submissionsAgreeWithAModel(@ForAll("submissions") List<Integer> tokens) {
        TenantId t = freshTenant();
        Map<String, SurveyResponse> model = new TreeMap<>();
        int n = 0;
        for (int token : tokens) {
            SurveyResponse r = response(program, "w", String.format(Locale.ROOT, "t%02d", token), 1 + (n++ % 5));
            boolean isNew = !model.containsKey(r.token().value());
            assertThat(store().saveIfAbsent(t, r)).isEqualTo(isNew);
            model.putIfAbsent(r.token().value(), r);
        }
        assertThat(read(t, program, "w")).containsExactlyElementsOf(model.values());
    }
}
