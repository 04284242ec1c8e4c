package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.tck.MessageGatewayCompatibilityKit;
import java.util.List;

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
}
