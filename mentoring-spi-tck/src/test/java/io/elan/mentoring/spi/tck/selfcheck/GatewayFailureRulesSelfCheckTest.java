package io.elan.mentoring.spi.tck.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Proves the gateway kit's failure rules can fail, and say why: the kit runs (captured by the JUnit Platform's test kit,
 * nothing printed) against a sane gateway wired to its far side, where every rule must run and pass, and against
 * gateways that each break one rule, where a failure must say in a sentence what the gateway did wrong.
 */
@DisplayName("the gateway kit's failure rules pass on a sane gateway and fail, in words, on flawed ones")
class GatewayFailureRulesSelfCheckTest {

    /** A failed test of a kit run: its name and what its failure says. */
    private record Failure(String test, String message) {}

    private static EngineExecutionResults run(Class<?> kitRun) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kitRun)).execute();
    }

    private static String reason(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .map(String::valueOf).orElse("");
    }

    private static List<Failure> failures(EngineExecutionResults results) {
        return results.testEvents().failed().stream()
                .map(e -> new Failure(e.getTestDescriptor().getDisplayName(), reason(e))).toList();
    }

    private static List<String> passed(EngineExecutionResults results) {
        return results.testEvents().succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList();
    }

    @Test
    @DisplayName("a sane gateway wired to its far side passes every rule, none of them skipped")
    void sane() {
        EngineExecutionResults results = run(SaneGatewayKitRun.class);
        assertThat(failures(results)).as("failures of the sane gateway").isEmpty();
        assertThat(results.allEvents().aborted().stream().map(GatewayFailureRulesSelfCheckTest::reason))
                .as("rules skipped for the sane gateway").isEmpty();
        assertThat(results.testEvents().skipped().count()).as("tests disabled for the sane gateway").isZero();
        assertThat(passed(results)).as("tests the sane gateway passed").contains(
                "a far side that answers 500 gets a result, never an exception",
                "a far side that refuses the connection makes a retryable failure",
                "a far side that holds the call past the gateway's timeout makes a retryable failure",
                "a far side that answers 404 makes a permanent failure",
                "a far side that answers 403 is not reported as delivered",
                "every call that reaches the far side carries the message's idempotency key",
                "a resend after a timeout carries the same key, and the message reaches the far side once",
                "a 429 with a Retry-After is a retryable failure that waits at least as long as the far side asked");
    }

    @Test
    @DisplayName("without a far side each group of failure rules is skipped once, saying how to wire one")
    void withoutFarSide() {
        EngineExecutionResults results = run(DuplicatingGatewayKitRun.class);
        assertThat(results.containerEvents().aborted().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .as("groups skipped without a far side").containsExactlyInAnyOrder(
                        "whatever the far side does, the gateway answers with a result",
                        "retryable and permanent failures",
                        "a failure is never reported as delivered",
                        "the idempotency key at the far side",
                        "the far side's Retry-After");
        assertThat(results.containerEvents().aborted().stream().map(GatewayFailureRulesSelfCheckTest::reason))
                .allSatisfy(r -> assertThat(r).contains("farSide() is empty. Return the stub your gateway talks to"));
        assertThat(results.testEvents().aborted().count()).as("tests skipped one by one").isZero();
        assertThat(passed(results)).as("rules that need no far side still run")
                .contains("a message whose idempotency key holds characters outside ASCII gets a result, never an "
                        + "exception");
    }

    static Stream<Arguments> flawed() {
        return Stream.of(
                Arguments.of(named("a gateway that reports a 5xx as delivered",
                        FlawedGatewayKitRuns.DeliveredOnServerError.class),
                        "the far side answered 500 but the gateway reported DELIVERED; the contract requires a "
                                + "retryable failure"),
                Arguments.of(named("a gateway that takes anything below 500 for a success",
                        FlawedGatewayKitRuns.DeliveredBelow500.class),
                        "the far side answered 404 but the gateway reported DELIVERED; the contract requires a "
                                + "permanent failure"),
                Arguments.of(named("a gateway that reports a connection error as delivered",
                        FlawedGatewayKitRuns.DeliveredOnConnectionError.class),
                        "the far side refused the connection but the gateway reported DELIVERED; the contract "
                                + "requires a retryable failure"),
                Arguments.of(named("a gateway that throws on a connection error",
                        FlawedGatewayKitRuns.ThrowsOnConnectionError.class),
                        "the gateway threw java.io.UncheckedIOException: java.net.ConnectException: Connection "
                                + "refused when the far side refused the connection; the contract requires a "
                                + "SendResult (a retryable or a permanent failure), never an exception"),
                Arguments.of(named("a gateway that gives up on every failure",
                        FlawedGatewayKitRuns.EveryFailurePermanent.class),
                        "the far side answered 503 but the gateway reported PERMANENT_FAILURE (\"far side answered "
                                + "503\"); the contract requires a retryable failure"),
                Arguments.of(named("a gateway that retries every failure",
                        FlawedGatewayKitRuns.EveryFailureRetryable.class),
                        "the far side answered 404 but the gateway reported RETRYABLE_FAILURE (\"far side answered "
                                + "404\"); the contract requires a permanent failure"),
                Arguments.of(named("a gateway that drops the Retry-After",
                        FlawedGatewayKitRuns.DropsRetryAfter.class),
                        "the far side answered 429 with a Retry-After of 137 seconds but the gateway reported no "
                                + "wait; the contract requires passing the far side's wait on as retryAfter"),
                Arguments.of(named("a gateway that passes no idempotency key",
                        FlawedGatewayKitRuns.SendsNoKey.class),
                        "a call reached the far side without an idempotency key; the gateway must pass the "
                                + "message's key on every call"),
                Arguments.of(named("a gateway that makes up a key for each attempt",
                        FlawedGatewayKitRuns.NewKeyPerAttempt.class),
                        "every call for one message must carry its key, also a resend, so that the far side "
                                + "delivers the message once"),
                Arguments.of(named("a gateway without a timeout",
                        FlawedGatewayKitRuns.NoTimeout.class),
                        "the far side held the call for 1100 ms (the gateway's timeout is 50 ms) but the gateway "
                                + "reported DELIVERED; the contract requires a retryable failure"));
    }

    @ParameterizedTest(name = "{0} fails the kit, which says: {1}")
    @MethodSource("flawed")
    @DisplayName("a gateway that breaks a rule when the far side fails fails the kit, saying in a sentence what it did")
    void flawed(Class<?> kitRun, String sentence) {
        List<Failure> failures = failures(run(kitRun));
        assertThat(failures).as("failures of %s", kitRun.getSimpleName()).isNotEmpty()
                .anySatisfy(f -> assertThat(f.message()).contains(sentence));
    }
}
