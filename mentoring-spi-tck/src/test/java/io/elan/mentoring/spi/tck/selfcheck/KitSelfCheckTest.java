package io.elan.mentoring.spi.tck.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Proves the kits can fail, and fail in words: each kit runs through the JUnit Jupiter engine (which captures every
 * failure as an event, so nothing is printed) against a correct small implementation, where it must pass, and against
 * deliberately broken ones, where it must report failures whose messages name the rule that was broken.
 */
@DisplayName("the compatibility kits pass on correct implementations and fail on broken ones, saying which rule broke")
class KitSelfCheckTest {

    /** A failed test of a kit: its display name and the message of what it threw. */
    private record Failure(String test, String message) {}

    private record Outcome(long succeeded, List<Failure> failures) {}

    /** Each kit run is slow (real contention, properties): the tests below share one run per implementation. */
    private static final Map<Class<?>, Outcome> OUTCOMES = new ConcurrentHashMap<>();

    private static Outcome outcome(Class<?> kitRun) {
        return OUTCOMES.computeIfAbsent(kitRun, c -> run(selectClass(c)));
    }

    private static Outcome run(DiscoverySelector selector) {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selector).execute();
        List<Failure> failures = results.testEvents().failed().stream()
                .map(event -> new Failure(event.getTestDescriptor().getDisplayName(), message(event)))
                .toList();
        return new Outcome(results.testEvents().succeeded().count(), failures);
    }

    private static String message(Event failed) {
        return failed.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .map(thrown -> String.valueOf(thrown.getMessage()))
                .orElse("");
    }

    static Stream<Arguments> sane() {
        return Stream.of(SaneProgramStoreKitRun.class, SaneActivityLogKitRun.class, SaneOutboxKitRun.class,
                SaneSurveyResponseStoreKitRun.class, SaneGatewayKitRun.class, SaneDirectoryKitRun.class,
                SaneBroadcastLogKitRun.class, SaneTokenRegistryKitRun.class, SaneReleaseLedgerKitRun.class,
                SaneWaveDefinitionStoreKitRun.class, SaneErasureReceiptsKitRun.class)
                .map(Arguments::of);
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of(TenantBlindProgramStoreKitRun.class, "tenant"),
                Arguments.of(LostUpdateProgramStoreKitRun.class, "version"),
                Arguments.of(DuplicatingActivityLogKitRun.class, "same batch again"),
                Arguments.of(DoubleClaimOutboxKitRun.class, "lease"),
                Arguments.of(LateDeliveryRefusingOutboxKitRun.class, "wins over a dead letter"),
                Arguments.of(DueOrderOutboxKitRun.class, "ahead of older pending messages"),
                Arguments.of(TenantBlindOutboxKitRun.class, "only under its own tenant"),
                Arguments.of(OverwritingSurveyResponseStoreKitRun.class, "second submission"),
                Arguments.of(DoublePublishingSurveyResponseStoreKitRun.class, "publish them exactly once"),
                Arguments.of(DuplicatingGatewayKitRun.class, "second time"),
                Arguments.of(TenantBlindDirectoryKitRun.class, "another tenant"),
                Arguments.of(LastWinsBroadcastLogKitRun.class, "publishing the id again returns the first"),
                Arguments.of(LastWinsBroadcastLogKitRun.class, "first entry stays"),
                Arguments.of(LastWinsTokenRegistryKitRun.class, "keeps their first invitation"),
                Arguments.of(LastWinsTokenRegistryKitRun.class, "map of first invitations"),
                Arguments.of(ForgetfulReleaseLedgerKitRun.class, "replaces none of them"),
                Arguments.of(ForgetfulReleaseLedgerKitRun.class, "map of released sets"),
                Arguments.of(LastWinsWaveDefinitionStoreKitRun.class, "keeps its first definition"),
                Arguments.of(TenantBlindErasingTokenRegistryKitRun.class, "leaves another tenant's records untouched"),
                Arguments.of(LastWinsErasureReceiptsKitRun.class, "keeps the first one"));
    }

    /** The words of the contract a failure message of each broken implementation must contain. */
    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of(TenantBlindProgramStoreKitRun.class, "a program must not be found from another tenant"),
                Arguments.of(LostUpdateProgramStoreKitRun.class,
                        "a save based on version 1 while version 2 is stored must fail with a version conflict"),
                Arguments.of(DuplicatingActivityLogKitRun.class,
                        "appending the same batch again must return 0: every event id is already stored"),
                Arguments.of(DoubleClaimOutboxKitRun.class,
                        "a claimed message must not be handed out again while its lease lasts"),
                Arguments.of(LateDeliveryRefusingOutboxKitRun.class, "a delivery reported with an earlier claim must"
                        + " be recorded, as the provider accepted the message: it wins over a dead letter"),
                Arguments.of(DueOrderOutboxKitRun.class,
                        "claimExpired must take the in-flight message whose lease expired, and no pending message"),
                Arguments.of(TenantBlindOutboxKitRun.class,
                        "a message of another tenant must be refused with an InvalidValueException naming the tenant"),
                Arguments.of(OverwritingSurveyResponseStoreKitRun.class,
                        "a refused second submission must leave the first response unchanged"),
                Arguments.of(DoublePublishingSurveyResponseStoreKitRun.class,
                        "exactly one must succeed: a held response is published once"),
                Arguments.of(DuplicatingGatewayKitRun.class, "reached the far side 2 times"),
                Arguments.of(DuplicatingGatewayKitRun.class, "the contract allows once"),
                Arguments.of(TenantBlindDirectoryKitRun.class, "a person must not be found from another tenant"),
                Arguments.of(LastWinsBroadcastLogKitRun.class,
                        "publishing an id again must return the broadcast first published under it"),
                Arguments.of(LastWinsBroadcastLogKitRun.class, "ana was already addressed"),
                Arguments.of(LastWinsTokenRegistryKitRun.class, "inviting ana again must return her first invitation"),
                Arguments.of(ForgetfulReleaseLedgerKitRun.class, "replacing none of them"),
                Arguments.of(LastWinsWaveDefinitionStoreKitRun.class,
                        "pinning a wave again must return its first definition"),
                Arguments.of(TenantBlindErasingTokenRegistryKitRun.class,
                        "an erasure in one tenant must change none of another tenant's records"),
                Arguments.of(LastWinsErasureReceiptsKitRun.class,
                        "recording a receipt again under its id must keep the first receipt, unchanged"));
    }

    /**
     * For each port with a property, an implementation breaking it and a pattern of the words its smallest failing
     * steps must start with. A lost-update store is caught either by a second creation or by an update of a program
     * that was never created, whichever the random tries meet first.
     */
    static Stream<Arguments> brokenProperties() {
        return Stream.of(
                Arguments.of(LostUpdateProgramStoreKitRun.class,
                        "(create program p|update of p\\d+ at version \\d+, never created)"),
                Arguments.of(DuplicatingActivityLogKitRun.class, Pattern.quote("append a batch of e")),
                Arguments.of(DoubleClaimOutboxKitRun.class, Pattern.quote("claim up to")),
                Arguments.of(OverwritingSurveyResponseStoreKitRun.class, Pattern.quote("submit a response under t")),
                Arguments.of(LastWinsBroadcastLogKitRun.class, Pattern.quote("publish b")),
                Arguments.of(LastWinsTokenRegistryKitRun.class, Pattern.quote("invite p")),
                Arguments.of(ForgetfulReleaseLedgerKitRun.class, Pattern.quote("append to item-")),
                Arguments.of(LastWinsWaveDefinitionStoreKitRun.class, Pattern.quote("pin d")));
    }

    @ParameterizedTest(name = "{0} passes")
    @MethodSource("sane")
    @DisplayName("a kit passes on a correct implementation")
    void passesOnSane(Class<?> kitRun) {
        Outcome outcome = outcome(kitRun);
        assertThat(outcome.failures()).as("failures of %s", kitRun.getSimpleName()).isEmpty();
        assertThat(outcome.succeeded()).as("tests passed by %s", kitRun.getSimpleName()).isGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest(name = "{0} fails, among others on a test about ''{1}''")
    @MethodSource("broken")
    @DisplayName("a kit fails on a broken implementation, in the test that names the broken rule")
    void failsOnBroken(Class<?> kitRun, String ruleInFailingTest) {
        Outcome outcome = outcome(kitRun);
        assertThat(outcome.failures()).extracting(Failure::test).as("failing tests of %s", kitRun.getSimpleName())
                .anySatisfy(name -> assertThat(name).containsIgnoringCase(ruleInFailingTest));
    }

    @ParameterizedTest(name = "{0} fails with a message saying ''{1}''")
    @MethodSource("brokenRules")
    @DisplayName("the failure message of a broken implementation names the rule of the contract it broke, in words")
    void failureMessageNamesTheRule(Class<?> kitRun, String rule) {
        Outcome outcome = outcome(kitRun);
        assertThat(outcome.failures()).extracting(Failure::message)
                .as("failure messages of %s", kitRun.getSimpleName())
                .anySatisfy(message -> assertThat(message).contains(rule));
    }

    @ParameterizedTest(name = "{0} fails its property with a few steps like ''{1}'' and a seed")
    @MethodSource("brokenProperties")
    @DisplayName("a failing property reports the rule, the smallest failing steps in words and the seed that replays it")
    void propertyFailureShowsStepsAndSeed(Class<?> kitRun, String stepWords) {
        Failure property = outcome(kitRun).failures().stream()
                .filter(failure -> failure.test().startsWith("any sequence of"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kitRun.getSimpleName() + " must fail its model-based property"));
        assertThat(property.message())
                .as("the property's failure message")
                .contains(" must ")
                .containsPattern("It failed (at step \\d+ of \\d+: |after the last step)")
                .contains("Smallest failing sequence (")
                .containsPattern("(?m)^  \\d+\\. " + stepWords)
                .containsPattern("with seed -?\\d+; run the test again with -DQT_SEED=-?\\d+ to replay these tries");
        // Every broken implementation here breaks the contract within three steps; the reduction must find them.
        assertThat(Pattern.compile("(?m)^  \\d+\\. ").matcher(property.message()).results().count())
                .as("steps listed in the smallest failing sequence").isBetween(1L, 3L);
    }

    @Test
    @DisplayName("running a failing property again with -DQT_SEED set to the seed it reported replays the same failure")
    void seedReplays() {
        DiscoverySelector property = selectMethod(DoubleClaimOutboxKitRun.class, "operationsAgreeWithAModel");
        String first = run(property).failures().get(0).message();
        Matcher seed = Pattern.compile("-DQT_SEED=(-?\\d+)").matcher(first);
        assertThat(seed.find()).as("the failure names the seed to replay: %s", first).isTrue();
        String before = System.getProperty("QT_SEED");
        System.setProperty("QT_SEED", seed.group(1));
        try {
            List<Failure> again = run(property).failures();
            assertThat(again).extracting(Failure::message).as("the failure replayed with seed %s", seed.group(1))
                    .containsExactly(first);
        } finally {
            if (before == null) {
                System.clearProperty("QT_SEED");
            } else {
                System.setProperty("QT_SEED", before);
            }
        }
    }
}
