package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.tck.MessageGatewayCompatibilityKit;
import java.util.List;
import java.util.Optional;

class InMemoryMessageGatewayCompatibilityTest extends MessageGatewayCompatibilityKit {
    private final InMemoryMessageGateway gateway = new InMemoryMessageGateway(Channel.EMAIL, Channel.WHATSAPP);

    @Override
    protected MessageGateway gateway() {
        return gateway;
    }

    @Override
    protected List<String> received() {
        return gateway.delivered().stream().map(OutgoingMessage::idempotencyKey).toList();
    }

    // The gateway is its own far side, an inbox that cannot fail: the rules that make a far side fail do not apply.
    @Override
    protected Optional<FarSide> farSide() {
        return Optional.empty();
    }
}
