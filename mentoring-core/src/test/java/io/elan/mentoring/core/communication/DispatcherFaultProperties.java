package io.elan.mentoring.core.communication;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class DispatcherFaultProperties {

    @Property(tries = 15)
    void noMessageIsLostOrSentTwiceUnderAnyFaultPlan(
            @ForAll long seed,
            @ForAll @DoubleRange(min = 0, max = 0.6) double retryable,
            @ForAll @DoubleRange(min = 0, max = 0.1) double permanent,
            @ForAll @DoubleRange(min = 0, max = 0.2) double crash,
            @ForAll @IntRange(min = 1, max = 300) int messages,
            @ForAll @IntRange(min = 1, max = 4) int callers) throws Exception {
        FaultyGateway.Plan plan = new FaultyGateway.Plan(seed, retryable, permanent, crash);

        FaultSoak.assertNothingLostNothingTwice(FaultSoak.run(plan, messages, callers));
    }
}
