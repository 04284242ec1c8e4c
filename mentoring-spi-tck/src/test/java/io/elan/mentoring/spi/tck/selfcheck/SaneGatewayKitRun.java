package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.tck.MessageGatewayCompatibilityKit;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The kit against a correct gateway: must pass. Run by {@link KitSelfCheckTest}, never directly. */
public class SaneGatewayKitRun extends MessageGatewayCompatibilityKit {
    private final SimpleGateway gateway = new SimpleGateway(true);

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
