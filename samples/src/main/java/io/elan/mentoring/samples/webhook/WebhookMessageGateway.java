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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Posts each message as a JSON document to one webhook URL with {@code java.net.http}. The document carries the
 * idempotency key, the tenant, program and recipient, the recipient's language and zone, the channel, the language the
 * message is written in, its kind, and its content (title, paragraphs, key points, links and call to action).
 *
 * <p>The idempotency key travels in the {@value #IDEMPOTENCY_HEADER} header and in the body: the receiving service
 * must process a key once and answer 2xx to a repeat, which is how a crash between sending and recording the outcome
 * never reaches a person twice. In the header, the key's UTF-8 bytes outside visible ASCII, and {@code %} and
 * {@code +}, are percent-encoded, so that any key can travel there (a receiver decodes it as a URL's query value);
 * a key made of other visible ASCII characters, as the engine's are, travels as it is. Outcomes follow the status
 * code:
 * <ul>
 *   <li>2xx: delivered;</li>
 *   <li>408, 425, 429 and 5xx, a timeout or a broken connection: retryable, with the wait the service asks for in a
 *       {@code Retry-After} header (seconds or an HTTP date);</li>
 *   <li>any other status (400, 401, 403, 404, 410, 422...): permanent, the reason naming the status;</li>
 *   <li>a channel outside {@link Builder#channels}: permanent.</li>
 * </ul>
 * Thread-safe: one instance serves every sender.
 */
public final class WebhookMessageGateway implements MessageGateway {

    /** The header that carries the idempotency key. */
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,18}");
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final URI endpoint;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final Set<Channel> channels;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    private WebhookMessageGateway(Builder b) {
        this.endpoint = b.endpoint;
        this.requestTimeout = b.requestTimeout;
        this.channels = Set.copyOf(b.channels);
        this.clock = b.clock;
        this.client = HttpClient.newBuilder().connectTimeout(b.connectTimeout).build();
    }

    /**
     * @param endpoint the webhook's absolute http or https address
     * @return a builder with a 2-second connect timeout, a 5-second request timeout, every channel accepted and the
     *     system clock for reading Retry-After dates
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
                .header(IDEMPOTENCY_HEADER, headerValue(message.idempotencyKey()))
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
        return outcome(response.statusCode(), response.headers().firstValue("Retry-After"), clock.instant());
    }

    static SendResult outcome(int status, Optional<String> retryAfter, Instant now) {
        if (status >= 200 && status < 300) {
            return SendResult.delivered();
        }
        String reason = "webhook answered HTTP " + status;
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return new SendResult(SendResult.Status.RETRYABLE_FAILURE, reason,
                    retryAfter.flatMap(value -> wait(value.strip(), now)).orElse(null));
        }
        return SendResult.permanent(reason);
    }

    // RFC 9110, section 10.2.3: whole seconds or an HTTP date. Anything else (more digits than a long holds too) asks
    // for nothing, and the engine's backoff decides.
    private static Optional<Duration> wait(String retryAfter, Instant now) {
        if (SECONDS.matcher(retryAfter).matches()) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(retryAfter)));
        }
        try {
            Instant at = ZonedDateTime.parse(retryAfter, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    // A header value holds visible ASCII only (the JDK's client refuses other characters, which would make send
    // throw); '%' and '+' are encoded too, so that a receiver's URL decoding gives the key back exactly.
    static String headerValue(String key) {
        StringBuilder value = new StringBuilder(key.length());
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > ' ' && c < 0x7F && c != '%' && c != '+') {
                value.append((char) c);
            } else {
                value.append('%').append(HEX.toHexDigits(b));
            }
        }
        return value.toString();
    }

    private String body(OutgoingMessage m) {
        ObjectNode root = json.createObjectNode();
        root.put("idempotencyKey", m.idempotencyKey());
        root.put("tenant", m.tenant().value());
        root.put("program", m.program().value());
        root.put("recipient", m.recipient().value());
        // What the receiver needs to present the message as Élan meant it: the recipient's own language and zone.
        root.put("recipientLanguage", m.recipientLocale().toLanguageTag());
        root.put("recipientZone", m.recipientZone().getId());
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
        private Clock clock = Clock.systemUTC();

        private Builder(URI endpoint) {
            this.endpoint = endpoint;
        }

        /**
         * @param value how long to wait for a connection, positive
         * @return this builder
         */
        public Builder connectTimeout(Duration value) { connectTimeout = value; return this; }

        /**
         * @param value how long to wait for the answer, positive
         * @return this builder
         */
        public Builder requestTimeout(Duration value) { requestTimeout = value; return this; }

        /**
         * @param value the channels this webhook sends; none means all
         * @return this builder
         */
        public Builder channels(Channel... value) { channels = Set.of(value); return this; }

        /**
         * @param value the clock a Retry-After date is read against
         * @return this builder
         */
        public Builder clock(Clock value) { clock = value; return this; }

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
            if (clock == null) {
                throw new InvalidValueException("clock", "is required");
            }
            return new WebhookMessageGateway(this);
        }

        private static void requirePositive(@Nullable Duration d, String field) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new InvalidValueException(field, "must be a positive duration", d);
            }
        }
    }
}
