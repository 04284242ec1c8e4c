package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.tck.MessageGatewayCompatibilityKit;
import java.util.List;
import java.util.Optional;

/** The kit against a gateway that delivers one key twice: must fail. Run by {@link KitSelfCheckTest}, never directly. */
public class DuplicatingGatewayKitRun extends MessageGatewayCompatibilityKit {
    private final SimpleGateway gateway = new SimpleGateway(false);

    @Override
    protected MessageGateway gateway() {
        return gateway;
    }

    @Override
    protected List<String> received() {
        return gateway.arrivals();
    }

    // Left unwired, so that the self-check sees the far side's rules skipped with the reason.
    @Override
    protected Optional<FarSide> farSide() {
        return Optional.empty();
    }
}
