package io.elan.mentoring.samples.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the webhook gateway classifies outcomes from HTTP status codes")
class WebhookMessageGatewayTest {
    private LocalWebhook webhook;

    @BeforeEach
    void start() throws IOException {
        webhook = new LocalWebhook();
    }

    @AfterEach
    void stop() {
        webhook.close();
    }

    private static OutgoingMessage message(String key) {
        MessageContent content = new MessageContent("Replay utile : écoute active", List.of("Merci à tous."),
                List.of("Reformuler", "Questions ouvertes"), List.of(Link.of("Support", "https://example.org/s")),
                Link.of("Répondre", "https://example.org/r"));
        return OutgoingMessage.builder().tenant(TenantId.of("acme")).program(ProgramId.of("p1"))
                .recipient(PersonId.of("lucas")).channel(Channel.WHATSAPP).locale(Locale.FRENCH)
                .recipientLocale(Locale.FRENCH).recipientZone(ZoneId.of("Europe/Paris")).kind("replay")
                .content(content).idempotencyKey(key).notBefore(Instant.parse("2026-10-01T08:00:00Z")).build();
    }

    @Test
    @DisplayName("a 2xx answer is a delivery and the body carries the structured content and the key")
    void delivered() {
        SendResult result = WebhookMessageGateway.builder(webhook.uri()).build().send(message("k1"));
        assertThat(result.status()).isEqualTo(SendResult.Status.DELIVERED);
        assertThat(webhook.bodies()).singleElement().asString()
                .contains("\"idempotencyKey\":\"k1\"", "\"channel\":\"whatsapp\"", "\"locale\":\"fr\"",
                        "\"tenant\":\"acme\"", "\"recipientLanguage\":\"fr\"", "\"recipientZone\":\"Europe/Paris\"",
                        "\"keyPoints\":[\"Reformuler\",\"Questions ouvertes\"]",
                        "\"callToAction\":{\"label\":\"Répondre\",\"url\":\"https://example.org/r\"}");
    }

    @ParameterizedTest(name = "HTTP {0} is retryable")
    @ValueSource(ints = {408, 425, 429, 500, 502, 503, 504})
    void retryable(int status) {
        webhook.answer(status, "");
        assertThat(WebhookMessageGateway.builder(webhook.uri()).build().send(message("k")).status())
                .isEqualTo(SendResult.Status.RETRYABLE_FAILURE);
    }

    @ParameterizedTest(name = "HTTP {0} is permanent")
    @ValueSource(ints = {400, 401, 403, 404, 410, 422})
    void permanent(int status) {
        webhook.answer(status, "");
        SendResult result = WebhookMessageGateway.builder(webhook.uri()).build().send(message("k"));
        assertThat(result.status()).isEqualTo(SendResult.Status.PERMANENT_FAILURE);
        assertThat(result.detail()).isEqualTo("webhook answered HTTP " + status);
    }

    @Test
    @DisplayName("Retry-After seconds are passed on with a retryable failure")
    void retryAfter() {
        webhook.answer(503, "7");
        assertThat(WebhookMessageGateway.builder(webhook.uri()).build().send(message("k")).retryAfter())
                .isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    @DisplayName("a Retry-After date is passed on as the wait from now until then, none if it is past")
    void retryAfterDate() {
        webhook.answer(429, "Wed, 21 Oct 2026 07:28:00 GMT");
        Clock clock = Clock.fixed(Instant.parse("2026-10-21T07:26:30Z"), ZoneOffset.UTC);
        assertThat(WebhookMessageGateway.builder(webhook.uri()).clock(clock).build().send(message("k")).retryAfter())
                .isEqualTo(Duration.ofSeconds(90));
        Instant later = Instant.parse("2026-10-21T08:00:00Z");
        assertThat(WebhookMessageGateway.outcome(429, Optional.of("Wed, 21 Oct 2026 07:28:00 GMT"), later)
                .retryAfter()).isEqualTo(Duration.ZERO);
    }

    @ParameterizedTest(name = "a Retry-After of \"{0}\" asks for no particular wait")
    @ValueSource(strings = {"soon", "-5", "1.5", "99999999999999999999", ""})
    void unreadableRetryAfter(String header) {
        assertThat(WebhookMessageGateway.outcome(503, Optional.of(header), Instant.EPOCH).retryAfter()).isNull();
    }

    @Test
    @DisplayName("a key with characters a header cannot hold travels percent-encoded and reaches the webhook intact")
    void unusualKey() {
        String key = "annonce-été:€ 日本+100%";
        SendResult result = WebhookMessageGateway.builder(webhook.uri()).build().send(message(key));
        assertThat(result.status()).isEqualTo(SendResult.Status.DELIVERED);
        assertThat(webhook.arrivals()).containsExactly(key);
        assertThat(WebhookMessageGateway.headerValue(key))
                .isEqualTo("annonce-%C3%A9t%C3%A9:%E2%82%AC%20%E6%97%A5%E6%9C%AC%2B100%25");
        assertThat(WebhookMessageGateway.headerValue("monthly-message:0a1b2c")).isEqualTo("monthly-message:0a1b2c");
    }

    @Test
    @DisplayName("a webhook that answers too late is a retryable timeout")
    void timeout() {
        webhook.hang(Duration.ofMillis(1_500));
        SendResult result = WebhookMessageGateway.builder(webhook.uri()).requestTimeout(Duration.ofMillis(200))
                .build().send(message("slow"));
        assertThat(result.status()).isEqualTo(SendResult.Status.RETRYABLE_FAILURE);
        assertThat(result.detail()).startsWith("webhook timed out");
    }

    @Test
    @DisplayName("a webhook nobody listens on is retryable")
    void refused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SendResult result = WebhookMessageGateway.builder(URI.create("http://127.0.0.1:" + port + "/hook")).build()
                .send(message("k"));
        assertThat(result.status()).isEqualTo(SendResult.Status.RETRYABLE_FAILURE);
        assertThat(result.detail()).startsWith("webhook unreachable");
    }

    @Test
    @DisplayName("settings are checked when the gateway is built")
    void settings() {
        assertThatThrownBy(() -> WebhookMessageGateway.builder(URI.create("ftp://example.org/x")).build())
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("endpoint: must be an absolute http");
        assertThatThrownBy(() -> WebhookMessageGateway.builder(webhook.uri()).requestTimeout(Duration.ZERO).build())
                .hasMessage("requestTimeout: must be a positive duration (was PT0S)");
    }
}
