package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.tck.MessageGatewayCompatibilityKit;
import java.util.List;

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
}
