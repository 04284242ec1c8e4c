package io.elan.mentoring.core.communication.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DispatcherFaultProperties {

    /** One soak: the gateway's fault plan, how many messages wait, how many callers run the dispatcher at once. */
    private record Soak(FaultyGateway.Plan plan, int messages, int callers) {
        @Override
        public String toString() {
            return messages + " messages, " + callers + " concurrent callers, a send fails and may be retried with"
                    + " probability " + plan.retryable() + ", fails for good with probability " + plan.permanent()
                    + ", crashes the sender after delivering with probability " + plan.crash() + ", gateway seed "
                    + plan.seed();
        }
    }

    private static final Gen<FaultyGateway.Plan> PLANS = longs().all().zip(doubles().between(0, 0.6),
            doubles().between(0, 0.1), doubles().between(0, 0.2), FaultyGateway.Plan::new);

    private static final Gen<Soak> SOAKS = PLANS.zip(integers().between(1, 300), integers().between(1, 4), Soak::new);

    @Test
    @DisplayName("no message is lost or sent twice under any fault plan")
    void noMessageIsLostOrSentTwiceUnderAnyFaultPlan() {
        // A soak takes tens of milliseconds and QuickTheories would try up to 100,000 shrinks: bounded, a failure is
        // reported within a minute.
        qt().withExamples(15).withShrinkCycles(2_000).forAll(SOAKS).checkAssert(soak -> {
            try {
                FaultSoak.assertNothingLostNothingTwice(FaultSoak.run(soak.plan(), soak.messages(), soak.callers()));
            } catch (Exception e) {
                throw new AssertionError("a dispatcher call threw, hung or was interrupted", e);
            }
        });
    }
}
