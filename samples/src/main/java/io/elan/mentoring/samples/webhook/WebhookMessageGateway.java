package io.elan.mentoring.samples.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Posts each message as a JSON document to one webhook URL with {@code java.net.http}.
 *
 * <p>The idempotency key travels in the {@value #IDEMPOTENCY_HEADER} header and in the body: the receiving service
 * must process a key once and answer 2xx to a repeat, which is how a crash between sending and recording the outcome
 * never reaches a person twice. Outcomes follow the status code:
 * <ul>
 *   <li>2xx: delivered;</li>
 *   <li>408, 425, 429 and 5xx, a timeout or a broken connection: retryable, with the {@code Retry-After} seconds when
 *       the service gives them;</li>
 *   <li>any other status (400, 401, 403, 404, 410, 422...): permanent, the reason naming the status;</li>
 *   <li>a channel outside {@link Builder#channels}: permanent.</li>
 * </ul>
 * Thread-safe: one instance serves every sender.
 */
public final class WebhookMessageGateway implements MessageGateway {

    /** The header that carries the idempotency key. */
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final URI endpoint;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final Set<Channel> channels;
    private final ObjectMapper json = new ObjectMapper();

    private WebhookMessageGateway(Builder b) {
        this.endpoint = b.endpoint;
        this.requestTimeout = b.requestTimeout;
        this.channels = Set.copyOf(b.channels);
        this.client = HttpClient.newBuilder().connectTimeout(b.connectTimeout).build();
    }

    /**
     * @param endpoint the webhook's absolute http or https address
     * @return a builder with a 2-second connect timeout, a 5-second request timeout and every channel accepted
     */
    public static Builder builder(URI endpoint) {
        return new Builder(endpoint);
    }

    @Override
    public boolean supports(Channel channel) {
        return channels.isEmpty() || channels.contains(channel);
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        if (!supports(message.channel())) {
            return SendResult.permanent("channel " + message.channel() + " is not sent through this webhook");
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(IDEMPOTENCY_HEADER, message.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(body(message), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return SendResult.retryable("webhook timed out: " + e.getMessage());
        } catch (IOException e) {
            return SendResult.retryable("webhook unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.retryable("interrupted while calling the webhook");
        }
        return outcome(response.statusCode(), response.headers().firstValue("Retry-After"));
    }

    static SendResult outcome(int status, Optional<String> retryAfter) {
        if (status >= 200 && status < 300) {
            return SendResult.delivered();
        }
        String reason = "webhook answered HTTP " + status;
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return new SendResult(SendResult.Status.RETRYABLE_FAILURE, reason, retryAfter.flatMap(
                    WebhookMessageGateway::seconds).orElse(null));
        }
        return SendResult.permanent(reason);
    }

    private static Optional<Duration> seconds(String header) {
        try {
            long s = Long.parseLong(header.strip());
            return s >= 0 ? Optional.of(Duration.ofSeconds(s)) : Optional.empty();
        } catch (NumberFormatException e) {
            // An HTTP date is allowed by RFC 9110 too; without a clock here we let the engine's backoff decide.
            return Optional.empty();
        }
    }

    private String body(OutgoingMessage m) {
        ObjectNode root = json.createObjectNode();
        root.put("idempotencyKey", m.idempotencyKey());
        root.put("program", m.program().value());
        root.put("recipient", m.recipient().value());
        root.put("channel", m.channel().name());
        root.put("locale", m.locale().toLanguageTag());
        root.put("kind", m.kind());
        MessageContent c = m.content();
        root.put("title", c.title());
        c.paragraphs().forEach(root.putArray("paragraphs")::add);
        c.keyPoints().forEach(root.putArray("keyPoints")::add);
        ArrayNode links = root.putArray("links");
        c.links().forEach(l -> links.add(link(l)));
        if (c.callToAction() != null) {
            root.set("callToAction", link(c.callToAction()));
        }
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings always serialises", e);
        }
    }

    private ObjectNode link(Link l) {
        return json.createObjectNode().put("label", l.label()).put("url", l.url().toString());
    }

    /** Builds a {@link WebhookMessageGateway}; {@link #build()} checks the settings. Not thread-safe. */
    public static final class Builder {
        private final URI endpoint;
        private Duration connectTimeout = Duration.ofSeconds(2);
        private Duration requestTimeout = Duration.ofSeconds(5);
        private Set<Channel> channels = Set.of();

        private Builder(URI endpoint) {
            this.endpoint = endpoint;
        }

        /** @param value how long to wait for a connection, positive @return this builder */
        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        /** @param value how long to wait for the answer, positive @return this builder */
        public Builder requestTimeout(Duration value) {
            requestTimeout = value;
            return this;
        }

        /** @param value the channels this webhook sends; none means all @return this builder */
        public Builder channels(Channel... value) {
            channels = Set.of(value);
            return this;
        }

        /**
         * @return the gateway
         * @throws InvalidValueException naming the setting that is wrong
         */
        public WebhookMessageGateway build() {
            String scheme = endpoint.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
                throw new InvalidValueException("endpoint", "must be an absolute http or https address", endpoint);
            }
            requirePositive(connectTimeout, "connectTimeout");
            requirePositive(requestTimeout, "requestTimeout");
            return new WebhookMessageGateway(this);
        }

        private static void requirePositive(@Nullable Duration d, String field) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new InvalidValueException(field, "must be a positive duration", d);
            }
        }
    }
}
