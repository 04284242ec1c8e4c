package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.KitFixtures.response;
import static io.elan.mentoring.spi.tck.internal.SurveyNullArguments.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SealedResponse;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.tck.contract.TenantIsolationContract;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import io.elan.mentoring.spi.tck.internal.ModelBasedProperty;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The contract of {@link SurveyResponseStore}: one response per token and wave, never replaced, read by token order,
 * tenants apart; sealed responses held once per token and published atomically, each exactly once under concurrent
 * publications. Extend it and return your store from {@link #store()}; every test works in tenants of its own.
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
    @DisplayName("holding sealed responses until they are published")
    class Holding {
        private static final String WAVE = "mid-point";

        private SealedResponse sealed(String token, String group, int seed) {
            byte[] content = new byte[300 + seed];
            for (int i = 0; i < content.length; i++) {
                content[i] = (byte) (i * 31 + seed);
            }
            return new SealedResponse(ResponseToken.of(token), group, content);
        }

        private boolean hold(TenantId t, SealedResponse sealed) {
            return store().hold(t, program, WAVE, sealed);
        }

        private boolean publish(TenantId t, List<String> held, String... responseTokens) {
            Set<ResponseToken> tokens = new LinkedHashSet<>();
            held.forEach(token -> tokens.add(ResponseToken.of(token)));
            List<SurveyResponse> responses = new ArrayList<>();
            for (int i = 0; i < responseTokens.length; i++) {
                responses.add(response(program, WAVE, responseTokens[i], 1 + i % 5));
            }
            return store().publish(t, program, WAVE, tokens, responses);
        }

        private List<String> heldTokens(TenantId t) {
            return store().held(t, program, WAVE).stream().map(s -> s.token().value()).toList();
        }

        @Test
        @DisplayName("a held response is listed whole, byte for byte, and is no response until it is published")
        void heldWhole() {
            byte[] everyByte = new byte[256];
            for (int i = 0; i < everyByte.length; i++) {
                everyByte[i] = (byte) i;
            }
            SealedResponse given = new SealedResponse(ResponseToken.of("h1"), "group-a", everyByte);
            assertThat(hold(tenant, given)).as("the first sealed response under a token must be held").isTrue();
            assertThat(store().held(tenant, program, WAVE))
                    .as("a held response must be listed whole: token, group and every byte value")
                    .containsExactly(given);
            assertThat(read(tenant, program, WAVE)).as("a held response must not be read as a response").isEmpty();
            assertThat(store().count(tenant, program, WAVE)).as("a held response must not count as a response")
                    .isZero();
            assertThat(store().contains(tenant, program, WAVE, ResponseToken.of("h1")))
                    .as("a held token must not be contained among the responses").isFalse();
        }

        @Test
        @DisplayName("a sealed response of one mebibyte is held whole")
        void large() {
            byte[] content = new byte[1024 * 1024];
            new Random(7).nextBytes(content);
            SealedResponse given = new SealedResponse(ResponseToken.of("big"), "group-a", content);
            hold(tenant, given);
            assertThat(store().held(tenant, program, WAVE))
                    .as("a sealed response of one mebibyte must be held whole").containsExactly(given);
        }

        @Test
        @DisplayName("a token is held once: holding it again, with other content, answers false and keeps the first")
        void heldOnce() {
            SealedResponse first = sealed("h1", "group-a", 1);
            assertThat(hold(tenant, first)).as("the first sealed response under a token must be held").isTrue();
            assertThat(hold(tenant, sealed("h1", "group-b", 2)))
                    .as("holding a token again must answer false: a token is held once").isFalse();
            assertThat(store().held(tenant, program, WAVE))
                    .as("holding a token again must leave the first sealed response unchanged")
                    .containsExactly(first);
        }

        @Test
        @DisplayName("held responses are listed by token, never by arrival, and those of one group apart")
        void byTokenAndGroup() {
            hold(tenant, sealed("h3", "group-a", 3));
            hold(tenant, sealed("h1", "group-b", 1));
            hold(tenant, sealed("h2", "group-a", 2));
            assertThat(heldTokens(tenant))
                    .as("held responses must be listed by token, so that the order of arrival leaks nothing")
                    .containsExactly("h1", "h2", "h3");
            assertThat(store().held(tenant, program, WAVE, "group-a"))
                    .as("the held responses of a group must be its own, by token")
                    .containsExactly(sealed("h2", "group-a", 2), sealed("h3", "group-a", 3));
            assertThat(store().held(tenant, program, WAVE, "group-c")).as("a group nothing was held in must be empty")
                    .isEmpty();
        }

        @Test
        @DisplayName("publishing retires the held responses and stores the responses they became, in one step")
        void publishRetires() {
            hold(tenant, sealed("h1", "group-a", 1));
            hold(tenant, sealed("h2", "group-a", 2));
            hold(tenant, sealed("h3", "group-a", 3));
            hold(tenant, sealed("h4", "group-b", 4));
            assertThat(publish(tenant, List.of("h1", "h2", "h3"), "r-c", "r-a", "r-b"))
                    .as("publishing held responses that wait must succeed").isTrue();
            assertThat(heldTokens(tenant)).as("a publication must retire exactly the held responses it names")
                    .containsExactly("h4");
            assertThat(read(tenant, program, WAVE)).extracting(r -> r.token().value())
                    .as("a publication must store every response it was given").containsExactly("r-a", "r-b", "r-c");
            assertThat(read(tenant, program, WAVE)).as("a published response must be read back whole")
                    .contains(response(program, WAVE, "r-c", 1));
        }

        @Test
        @DisplayName("a published token stays held: holding it again answers false, and publishing it again changes"
                + " nothing")
        void publishedStaysHeld() {
            hold(tenant, sealed("h1", "group-a", 1));
            publish(tenant, List.of("h1"), "r1");
            assertThat(hold(tenant, sealed("h1", "group-a", 1)))
                    .as("holding a published token again must answer false: a token is held once, ever").isFalse();
            assertThat(heldTokens(tenant)).as("a published token must not wait again").isEmpty();
            assertThat(publish(tenant, List.of("h1"), "r2"))
                    .as("publishing a token already published must answer false").isFalse();
            assertThat(read(tenant, program, WAVE)).extracting(r -> r.token().value())
                    .as("publishing a token already published must store nothing").containsExactly("r1");
        }

        @Test
        @DisplayName("a publication naming a token that is not waiting answers false and changes nothing")
        void notWaiting() {
            hold(tenant, sealed("h1", "group-a", 1));
            assertThat(publish(tenant, List.of("h1", "never-held"), "r1", "r2"))
                    .as("a publication naming a token never held must answer false").isFalse();
            assertThat(heldTokens(tenant)).as("a refused publication must retire nothing").containsExactly("h1");
            assertThat(read(tenant, program, WAVE)).as("a refused publication must store nothing").isEmpty();
        }

        @Test
        @DisplayName("a publication under the token of a stored response is refused and changes nothing")
        void responseTokenTaken() {
            SurveyResponse stored = response(program, WAVE, "r1", 5);
            store().saveIfAbsent(tenant, stored);
            hold(tenant, sealed("h1", "group-a", 1));
            hold(tenant, sealed("h2", "group-a", 2));
            assertThatThrownBy(() -> publish(tenant, List.of("h1", "h2"), "r0", "r1"))
                    .as("a publication under the token of a stored response must fail with IllegalStateException")
                    .isInstanceOf(IllegalStateException.class);
            assertThat(heldTokens(tenant)).as("a failed publication must retire nothing")
                    .containsExactly("h1", "h2");
            assertThat(read(tenant, program, WAVE))
                    .as("a failed publication must store nothing and leave the stored response unchanged")
                    .containsExactly(stored);
        }

        @Test
        @DisplayName("a publication without a token, without one response per token, or with a response of another"
                + " wave is refused, naming each rule, and changes nothing")
        void refusedArguments() {
            hold(tenant, sealed("h1", "group-a", 1));
            assertThatThrownBy(() -> store().publish(tenant, program, WAVE, Set.of(), List.of()))
                    .as("a publication without a held token must be refused, naming held")
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).contains("held"));
            assertThatThrownBy(() -> publish(tenant, List.of("h1"), "r1", "r2"))
                    .as("a publication without one response per held token must be refused, naming responses")
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).contains("responses"));
            assertThatThrownBy(() -> store().publish(tenant, program, WAVE, Set.of(ResponseToken.of("h1")),
                    List.of(response(program, "closing", "r1", 3))))
                    .as("a publication of a response of another wave must be refused, naming the response")
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).contains("responses[0]"));
            assertThat(heldTokens(tenant)).as("a refused publication must retire nothing").containsExactly("h1");
            assertThat(read(tenant, program, WAVE)).as("a refused publication must store nothing").isEmpty();
            assertThat(read(tenant, program, "closing")).as("a refused publication must store nothing").isEmpty();
        }

        @Test
        @DisplayName("another tenant, program or wave neither lists nor publishes the held responses, and may hold the"
                + " same token")
        void apart() {
            TenantId other = freshTenant();
            hold(tenant, sealed("h1", "group-a", 1));
            assertThat(store().held(other, program, WAVE))
                    .as("held responses must not be listed from another tenant").isEmpty();
            assertThat(store().held(tenant, ProgramId.of("program-2"), WAVE))
                    .as("held responses must not be listed from another program").isEmpty();
            assertThat(store().held(tenant, program, "closing"))
                    .as("held responses must not be listed from another wave").isEmpty();
            assertThat(publish(other, List.of("h1"), "r1"))
                    .as("held responses must not be published from another tenant").isFalse();
            assertThat(store().hold(tenant, program, "closing", sealed("h1", "group-a", 1)))
                    .as("the same token in another wave must be held there").isTrue();
            assertThat(hold(other, sealed("h1", "group-a", 2)))
                    .as("the same token in another tenant must be held there").isTrue();
            assertThat(heldTokens(tenant)).as("another tenant's or wave's holding must not change this one's")
                    .containsExactly("h1");
            assertThat(read(other, program, WAVE)).as("a refused publication must store nothing").isEmpty();
        }

        @Test
        @DisplayName("eight callers holding the same token hold it once")
        void concurrentHolds() {
            for (int round = 0; round < 10; round++) {
                String token = "race-" + round;
                List<Boolean> held = Concurrently.run(8, i -> () -> hold(tenant, sealed(token, "group-a", i)));
                assertThat(held).filteredOn(ok -> ok)
                        .as("of eight callers holding %s at once, exactly one must hold it", token).hasSize(1);
            }
            assertThat(heldTokens(tenant)).as("ten tokens each raced by eight callers must be held once each")
                    .hasSize(10);
        }

        @Test
        @DisplayName("eight callers publishing the same held responses publish them exactly once")
        void concurrentPublications() {
            for (int round = 0; round < 10; round++) {
                List<String> batch = new ArrayList<>();
                for (int n = 0; n < 5; n++) {
                    batch.add(String.format(Locale.ROOT, "h%02d-%d", round, n));
                    hold(tenant, sealed(batch.get(n), "group-a", n));
                }
                int r = round;
                List<Boolean> published = Concurrently.run(8, i -> () -> publish(tenant, batch,
                        IntStream.range(0, 5).mapToObj(n -> "r" + r + "-" + i + "-" + n).toArray(String[]::new)));
                assertThat(published).filteredOn(ok -> ok)
                        .as("of eight callers publishing the same five held responses at once, exactly one must"
                                + " succeed: a held response is published once")
                        .hasSize(1);
            }
            assertThat(heldTokens(tenant)).as("every published held response must be retired").isEmpty();
            assertThat(store().count(tenant, program, WAVE))
                    .as("ten batches of five, each published once, must store 50 responses").isEqualTo(50);
        }

        @Test
        @DisplayName("eight callers publishing overlapping batches publish every held response at most once, and a"
                + " response for each one retired")
        void overlappingPublications() {
            List<String> all = IntStream.range(0, 40).mapToObj(n -> String.format(Locale.ROOT, "h%02d", n)).toList();
            all.forEach(token -> hold(tenant, sealed(token, "group-a", token.hashCode() & 0xff)));
            List<Integer> published = Concurrently.run(8, i -> () -> {
                List<String> window = all.subList(i * 4, i * 4 + 10);
                String[] tokens = window.stream().map(h -> "r" + i + "-" + h).toArray(String[]::new);
                return publish(tenant, window, tokens) ? window.size() : 0;
            });
            int retired = all.size() - heldTokens(tenant).size();
            assertThat(published.stream().mapToInt(Integer::intValue).sum())
                    .as("the held responses retired must be exactly those of the publications that succeeded")
                    .isEqualTo(retired).isPositive();
            assertThat(store().count(tenant, program, WAVE))
                    .as("each retired held response must have become exactly one stored response").isEqualTo(retired);
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation implements TenantIsolationContract {
        @Override
        public String aRecord() {
            return "a response";
        }

        @Override
        public void write(TenantId in, String id) {
            assertThat(store().saveIfAbsent(in, response(program, "w", id, 4)))
                    .as("a token submitted in a tenant, even one another tenant uses, must be a new response there")
                    .isTrue();
        }

        @Override
        public List<?> seenBy(TenantId in, String id) {
            return read(in, program, "w");
        }

        @Override
        public void change(TenantId in, String id) {
            store().saveIfAbsent(in, response(program, "w", id + "-later", 2));
        }

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

    @Nested
    @DisplayName("the arguments of every call")
    class Arguments {
        @Test
        @DisplayName("a null tenant, program or wave is refused, as every store refuses it")
        void nullsRefused() {
            ResponseToken token = ResponseToken.of("t");
            refused(() -> store().saveIfAbsent(null, response(program, "w", "t", 1)), "tenant");
            refused(() -> store().contains(null, program, "w", token), "tenant");
            refused(() -> store().contains(tenant, null, "w", token), "program");
            refused(() -> store().contains(tenant, program, null, token), "wave");
            refused(() -> close(store().responses(null, program, "w")), "tenant");
            refused(() -> close(store().responses(tenant, null, "w")), "program");
            refused(() -> close(store().responses(tenant, program, null)), "wave");
            refused(() -> store().count(null, program, "w"), "tenant");
            refused(() -> store().count(tenant, null, "w"), "program");
            refused(() -> store().count(tenant, program, null), "wave");
            assertThat(store().count(tenant, program, "w")).isZero();
        }

        private void close(Stream<SurveyResponse> responses) {
            responses.close();
        }
    }
}
