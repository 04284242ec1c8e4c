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
import io.elan.mentoring.spi.tck.internal.ModelBasedProperty;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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
            assertThat(store().saveIfAbsent(tenant, r)).as("the first response under a token must be stored")
                    .isTrue();
            assertThat(store().contains(tenant, program, "mid-point", ResponseToken.of("t1")))
                    .as("a stored response must be found under its token").isTrue();
            assertThat(read(tenant, program, "mid-point"))
                    .as("a response must be read back whole: segments, numeric, choice and text answers")
                    .containsExactly(r);
            assertThat(store().count(tenant, program, "mid-point")).as("one stored response must count 1")
                    .isEqualTo(1);
        }

        @Test
        @DisplayName("a second submission under the same token is refused and the first response stays unchanged")
        void secondRefused() {
            SurveyResponse first = response(program, "mid-point", "t1", 5);
            store().saveIfAbsent(tenant, first);
            assertThat(store().saveIfAbsent(tenant, response(program, "mid-point", "t1", 1)))
                    .as("a second submission under the same token and wave must be refused").isFalse();
            assertThat(read(tenant, program, "mid-point"))
                    .as("a refused second submission must leave the first response unchanged").containsExactly(first);
        }

        @Test
        @DisplayName("the same token may answer two different waves")
        void twoWaves() {
            assertThat(store().saveIfAbsent(tenant, response(program, "mid-point", "t1", 5)))
                    .as("the first response under a token must be stored").isTrue();
            assertThat(store().saveIfAbsent(tenant, response(program, "closing", "t1", 3)))
                    .as("the same token answering another wave must be stored there").isTrue();
            assertThat(store().count(tenant, program, "mid-point")).as("each wave must count its own response")
                    .isEqualTo(1);
            assertThat(store().count(tenant, program, "closing")).as("each wave must count its own response")
                    .isEqualTo(1);
        }

        @Test
        @DisplayName("responses are read ordered by token, never by arrival")
        void orderedByToken() {
            store().saveIfAbsent(tenant, response(program, "w", "c", 1));
            store().saveIfAbsent(tenant, response(program, "w", "a", 2));
            store().saveIfAbsent(tenant, response(program, "w", "b", 3));
            assertThat(read(tenant, program, "w")).extracting(r -> r.token().value())
                    .as("responses must be read ordered by token, so that the order of arrival leaks nothing")
                    .containsExactly("a", "b", "c");
        }

        @Test
        @DisplayName("an unknown token is not contained and an unknown wave reads empty")
        void unknown() {
            assertThat(store().contains(tenant, program, "w", ResponseToken.of("nope")))
                    .as("a token nobody answered with must not be contained").isFalse();
            assertThat(read(tenant, program, "nope")).as("a wave nobody answered must read empty").isEmpty();
            assertThat(store().count(tenant, program, "nope")).as("a wave nobody answered must count 0").isZero();
        }

        @Test
        @DisplayName("eight concurrent submissions under one token store exactly one response")
        void concurrent() {
            for (int round = 0; round < 20; round++) {
                String token = "race-" + round;
                List<Boolean> stored = Concurrently.run(8,
                        i -> () -> store().saveIfAbsent(tenant, response(program, "w", token, 1 + i % 5)));
                assertThat(stored).filteredOn(ok -> ok)
                        .as("of eight submissions under %s at once, exactly one must be stored", token)
                        .hasSize(1);
            }
            assertThat(store().count(tenant, program, "w"))
                    .as("twenty tokens each raced by eight submissions must count 20 responses").isEqualTo(20);
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
            assertThat(read(other, program, "w")).as("responses must not be read from another tenant").isEmpty();
            assertThat(store().contains(other, program, "w", ResponseToken.of("t1")))
                    .as("a token must not be contained from another tenant").isFalse();
            assertThat(store().saveIfAbsent(other, response(program, "w", "t1", 2)))
                    .as("the same token in another tenant must be a new response there").isTrue();
            assertThat(read(tenant, program, "w")).extracting(r -> ((Answer.Numeric) r.answers().get("q1")).value())
                    .as("another tenant's response under the same token must not change this tenant's")
                    .containsExactly(4);
        }

        @Test
        @DisplayName("two programs of one tenant keep their responses apart")
        void programs() {
            ProgramId other = ProgramId.of("program-2");
            store().saveIfAbsent(tenant, response(program, "w", "t1", 4));
            assertThat(store().saveIfAbsent(tenant, response(other, "w", "t1", 2)))
                    .as("the same token and wave in another program must be a new response there").isTrue();
            assertThat(store().count(tenant, program, "w")).as("a program must count its own responses only")
                    .isEqualTo(1);
        }
    }

    @Test
    @DisplayName("any sequence of submissions agrees with a map of first responses by token")
    void submissionsAgreeWithAModel() {
        ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Submission.ANY, 40))
                .tries(30)
                .check(SubmissionsAgainstAMap::new);
    }

    /** One step of {@link #submissionsAgreeWithAModel}: submit a response under a token, its score new to the step. */
    record Submission(int token) {
        static final Gen<Submission> ANY = Generate.range(0, 15).map(Submission::new);

        String value() {
            return String.format(Locale.ROOT, "t%02d", token);
        }

        @Override
        public String toString() {
            return "submit a response under " + value();
        }
    }

    /** Replays submissions on the store, in a tenant of their own, and on a map of first responses by token. */
    private final class SubmissionsAgainstAMap implements ModelBasedProperty.Replay<Submission> {
        private final TenantId t = freshTenant();
        private final Map<String, SurveyResponse> model = new TreeMap<>();
        private int n;

        @Override
        public void apply(Submission step) {
            SurveyResponse r = response(program, "w", step.value(), 1 + (n++ % 5));
            boolean isNew = model.putIfAbsent(step.value(), r) == null;
            assertThat(store().saveIfAbsent(t, r))
                    .as(isNew ? "the first response under %s must be stored"
                            : "a second response under %s must be refused: one response per token and wave",
                            step.value())
                    .isEqualTo(isNew);
        }

        @Override
        public void verifyEnd() {
            assertThat(read(t, program, "w"))
                    .as("the wave must read the first response under each token, once, ordered by token")
                    .containsExactlyElementsOf(model.values());
        }
    }
}
