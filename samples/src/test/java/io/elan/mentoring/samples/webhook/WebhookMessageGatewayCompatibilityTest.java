package io.elan.mentoring.samples.webhook;

import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.tck.MessageGatewayCompatibilityKit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/** The webhook gateway passes the gateway kit against a receiver on the loopback interface. */
class WebhookMessageGatewayCompatibilityTest extends MessageGatewayCompatibilityKit {
    private static final LocalWebhook WEBHOOK = start();
    private static final MessageGateway GATEWAY = WebhookMessageGateway.builder(WEBHOOK.uri())
            .channels(Channel.EMAIL, Channel.WHATSAPP).build();

    private static LocalWebhook start() {
        try {
            return new LocalWebhook();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        WEBHOOK.close();
    }

    @Override
    protected MessageGateway gateway() {
        return GATEWAY;
    }

    @Override
    protected List<String> received() {
        return WEBHOOK.arrivals();
    }
}
