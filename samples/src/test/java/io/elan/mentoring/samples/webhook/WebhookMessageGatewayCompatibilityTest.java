package io.elan.mentoring.samples.webhook;

import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.tck.MessageGatewayCompatibilityKit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;

/**
 * The webhook gateway passes the gateway kit against a receiver on the loopback interface, which the kit also makes
 * fail: error statuses, 429 with a Retry-After, calls held past the timeout, connections refused.
 */
class WebhookMessageGatewayCompatibilityTest extends MessageGatewayCompatibilityKit {
    // Short, so that the kit's timeout tests run fast; long enough for a loaded build machine to answer in time.
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final LocalWebhook WEBHOOK = start();
    private static final MessageGateway GATEWAY = WebhookMessageGateway.builder(WEBHOOK.uri())
            .requestTimeout(TIMEOUT).channels(Channel.EMAIL, Channel.WHATSAPP).build();

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

    @Override
    protected Optional<FarSide> farSide() {
        return Optional.of(WEBHOOK);
    }

    @Override
    protected Duration gatewayTimeout() {
        return TIMEOUT;
    }
}
