package io.elan.mentoring.core.communication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.messaging.OutboxState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DispatcherFaultTest {

    @Test
    @DisplayName("10,000 messages, 30% retryable and 2% permanent failures, crashes after sending, 4 concurrent"
            + " callers: every message delivered or dead-lettered with a reason, none twice, attempts bounded")
    void tenThousandMessagesThroughFaults() throws Exception {
        FaultyGateway.Plan plan = new FaultyGateway.Plan(20261126L, 0.30, 0.02, 0.005);

        FaultSoak.Outcome outcome = FaultSoak.run(plan, 10_000, 4);

        FaultSoak.assertNothingLostNothingTwice(outcome);
        assertThat(outcome.gateway().crashes.get()).as("crashes happened").isGreaterThan(20);
        assertThat(outcome.gateway().resendsOfDelivered.get()).as("crashed messages were sent again")
                .isGreaterThan(0);
        long delivered = outcome.entries().stream().filter(e -> e.state() == OutboxState.DELIVERED).count();
        long dead = outcome.entries().stream().filter(e -> e.state() == OutboxState.DEAD).count();
        assertThat(delivered).isGreaterThan(9_000);
        assertThat(dead).as("permanent failures and exhausted retries").isGreaterThan(100);
        assertThat(outcome.entries()).filteredOn(e -> e.state() == OutboxState.DEAD)
                .extracting(e -> e.lastError())
                .anySatisfy(reason -> assertThat(reason).isEqualTo("recipient refused by the provider (simulated)"));
    }
}
