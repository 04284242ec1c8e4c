package io.elan.mentoring.spi.tck.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Proves the kits can fail: each kit runs (through both test engines, JUnit Jupiter for the {@code @Nested} groups and
 * jqwik for the properties) against a correct small implementation, where it must pass, and against deliberately broken
 * ones, where it must report failures.
 */
@DisplayName("the compatibility kits pass on correct implementations and fail on broken ones")
class KitSelfCheckTest {

    private record Outcome(long succeeded, long failed, List<String> failures) {}

    private static Outcome run(Class<?> kitRun) {
        long ok = 0;
        long failed = 0;
        List<String> failures = new ArrayList<>();
        for (String engine : List.of("junit-jupiter", "jqwik")) {
            EngineExecutionResults results = EngineTestKit.engine(engine).selectors(selectClass(kitRun)).execute();
            ok += results.testEvents().succeeded().count();
            failed += results.testEvents().failed().count();
            results.testEvents().failed().stream().map(Event::getTestDescriptor)
                    .forEach(d -> failures.add(d.getDisplayName()));
        }
        return new Outcome(ok, failed, failures);
    }

    static Stream<Arguments> sane() {
        return Stream.of(SaneProgramStoreKitRun.class, SaneActivityLogKitRun.class, SaneOutboxKitRun.class,
                SaneSurveyResponseStoreKitRun.class, SaneGatewayKitRun.class, SaneDirectoryKitRun.class,
                SaneBroadcastLogKitRun.class, SaneTokenRegistryKitRun.class, SaneReleaseLedgerKitRun.class)
                .map(Arguments::of);
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of(TenantBlindProgramStoreKitRun.class, "tenant"),
                Arguments.of(LostUpdateProgramStoreKitRun.class, "version"),
                Arguments.of(DuplicatingActivityLogKitRun.class, "same batch again"),
                Arguments.of(DoubleClaimOutboxKitRun.class, "lease"),
                Arguments.of(OverwritingSurveyResponseStoreKitRun.class, "second submission"),
                Arguments.of(DuplicatingGatewayKitRun.class, "second time"),
                Arguments.of(TenantBlindDirectoryKitRun.class, "another tenant"),
                Arguments.of(LastWinsBroadcastLogKitRun.class, "publishing the id again returns the first"),
                Arguments.of(LastWinsBroadcastLogKitRun.class, "first entry stays"),
                Arguments.of(LastWinsTokenRegistryKitRun.class, "keeps their first invitation"),
                Arguments.of(LastWinsTokenRegistryKitRun.class, "map of first invitations"),
                Arguments.of(ForgetfulReleaseLedgerKitRun.class, "replaces none of them"),
                Arguments.of(ForgetfulReleaseLedgerKitRun.class, "map of released sets"));
    }

    @ParameterizedTest(name = "{0} passes")
    @MethodSource("sane")
    @DisplayName("a kit passes on a correct implementation")
    void passesOnSane(Class<?> kitRun) {
        Outcome outcome = run(kitRun);
        assertThat(outcome.failures()).as("failures of %s", kitRun.getSimpleName()).isEmpty();
        assertThat(outcome.succeeded()).as("tests passed by %s", kitRun.getSimpleName()).isGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest(name = "{0} fails, among others on a test about ''{1}''")
    @MethodSource("broken")
    @DisplayName("a kit fails on a broken implementation, in the test that names the broken rule")
    void failsOnBroken(Class<?> kitRun, String ruleInFailingTest) {
        Outcome outcome = run(kitRun);
        assertThat(outcome.failed()).as("failures reported for %s", kitRun.getSimpleName()).isPositive();
        assertThat(outcome.failures()).as("failing tests of %s", kitRun.getSimpleName())
                .anySatisfy(name -> assertThat(name).containsIgnoringCase(ruleInFailingTest));
    }
}
