package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.tck.MessageGatewayCompatibilityKit;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The kit against a {@link SimpleGateway} with one {@link SimpleGateway.Flaw}, wired to its far side. The runs are in
 * {@link FlawedGatewayKitRuns}; {@link GatewayFailureRulesSelfCheckTest} runs them, never directly.
 */
abstract class FarSideGatewayKitRun extends MessageGatewayCompatibilityKit {
    private final SimpleGateway gateway;

    FarSideGatewayKitRun(SimpleGateway.Flaw flaw) {
        gateway = new SimpleGateway(flaw);
    }

    @Override
    protected MessageGateway gateway() {
        return gateway;
    }

    @Override
    protected List<String> received() {
        return gateway.arrivals();
    }

    @Override
    protected Optional<FarSide> farSide() {
        return Optional.of(gateway.farSide());
    }

    @Override
    protected Duration gatewayTimeout() {
        return SimpleGateway.TIMEOUT;
    }
}
