package io.elan.mentoring.core.communication.internal;

import static io.elan.mentoring.core.communication.internal.CommunityFixture.NOW;
import static io.elan.mentoring.core.communication.internal.CommunityFixture.PROGRAM;
import static io.elan.mentoring.core.communication.internal.CommunityFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.CapturedLog;
import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.delivery.DispatchSummary;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import io.elan.mentoring.spi.program.Role;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the gateway or the store does with one message of a batch, the other messages of the batch are sent and
 * recorded as usual, and that message stays deliverable.
 */
@DisplayName("the dispatcher treats each message of a batch alone")
class DispatcherIsolationTest {

    private static final CommunicationSettings SETTINGS = CommunicationSettings.builder()
            .maxAttempts(5)
            .firstRetryDelay(Duration.ofMinutes(1))
            .maxRetryDelay(Duration.ofHours(1))
            .jitter(0.2)
            .build();
    private static final List<String> KEYS = List.of("k0", "k1", "k2", "k3", "k4", "k5", "k6");
    /** The message the gateway or the store misbehaves on: the second of the batch. */
    private static final String BAD = "k1";

    @RegisterExtension
    final CapturedLog log = new CapturedLog();

    private CommunityFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new CommunityFixture();
        fixture.enrol("mentee-chloe", Role.MENTEE);
        for (String key : KEYS) {
            fixture.outbox.enqueue(TENANT, OutgoingMessage.builder().tenant(TENANT).program(PROGRAM)
                    .recipient(PersonId.of("mentee-chloe")).channel(Channel.EMAIL).locale(Locale.FRENCH)
                    .recipientLocale(Locale.FRENCH).recipientZone(ZoneId.of("Europe/Paris")).kind("nudge")
                    .content(MessageContent.of("Bonjour " + key, "Un mot de l’équipe.")).idempotencyKey(key)
                    .notBefore(NOW).build());
        }
    }

    private OutboxEntry entry(String key) {
        return fixture.outbox.find(TENANT, key).orElseThrow();
    }

    /** A gateway that delivers every message but {@link #BAD}, on which it does what it is given. */
    private MessageGateway misbehavingOn(Supplier<SendResult> badOutcome) {
        return message -> BAD.equals(message.idempotencyKey()) ? badOutcome.get() : fixture.inbox.send(message);
    }

    /** A bad outcome, named as the test reports it. */
    record Outcome(String name, Supplier<SendResult> result, String reasonStart) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> badOutcomes() {
        return Stream.of(
                new Outcome("throws an AssertionError", () -> {
                    throw new AssertionError("the provider's SDK asserted");
                }, "gateway threw java.lang.AssertionError: the provider's SDK asserted"),
                new Outcome("throws a LinkageError", () -> {
                    throw new NoClassDefFoundError("com/provider/Client");
                }, "gateway threw java.lang.NoClassDefFoundError: com/provider/Client"),
                new Outcome("throws a RuntimeException", () -> {
                    throw new IllegalStateException("socket closed");
                }, "gateway threw java.lang.IllegalStateException: socket closed"),
                new Outcome("throws a checked exception it never declared", DispatcherIsolationTest::sneakyIo,
                        "gateway threw java.io.IOException: broken pipe"),
                new Outcome("throws an exception whose message holds control characters and half a surrogate pair",
                        () -> {
                            throw new IllegalStateException("bad\u0000byte \uD83D");
                        }, "gateway threw java.lang.IllegalStateException: bad\uFFFDbyte \uFFFD"),
                new Outcome("answers null", () -> null, "gateway answered nothing (null) instead of a result"),
                new Outcome("asks to retry after 300 years",
                        () -> new SendResult(SendResult.Status.RETRYABLE_FAILURE, "rate limited",
                                ChronoUnit.YEARS.getDuration().multipliedBy(300)), "rate limited"),
                new Outcome("asks to retry after Long.MAX_VALUE seconds",
                        () -> new SendResult(SendResult.Status.RETRYABLE_FAILURE, "rate limited",
                                Duration.ofSeconds(Long.MAX_VALUE)), "rate limited"),
                new Outcome("asks to retry after a negative wait",
                        () -> new SendResult(SendResult.Status.RETRYABLE_FAILURE, "rate limited",
                                Duration.ofSeconds(-30)), "gateway threw io.elan.mentoring.spi.InvalidValueException"))
                .map(Arguments::of);
    }

    private static SendResult sneakyIo() {
        return DispatcherIsolationTest.<RuntimeException>sneakyThrow(new IOException("broken pipe"));
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> SendResult sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }

    @ParameterizedTest(name = "the gateway {0}")
    @MethodSource("badOutcomes")
    @DisplayName("a gateway that misbehaves on one message delays that message only; the rest of the batch is"
            + " delivered")
    void badOutcomeAffectsOneMessage(Outcome outcome) {
        OutboxDispatcher dispatcher = fixture.wiring(misbehavingOn(outcome.result())).settings(SETTINGS).build()
                .dispatcher();

        DispatchSummary summary = dispatcher.runDue(TENANT, NOW);

        assertThat(summary).isEqualTo(new DispatchSummary(KEYS.size(), KEYS.size() - 1, 1, 0, 0, 0, 0, 0));
        assertThat(fixture.inbox.delivered()).extracting(OutgoingMessage::idempotencyKey)
                .containsExactlyElementsOf(KEYS.stream().filter(k -> !k.equals(BAD)).toList());
        OutboxEntry bad = entry(BAD);
        assertThat(bad.state()).isEqualTo(OutboxState.PENDING);
        assertThat(bad.attempts()).isEqualTo(1);
        assertThat(bad.lastError()).startsWith(outcome.reasonStart());
        Duration longest = SETTINGS.maxRetryDelay().plus(SETTINGS.maxRetryDelay().multipliedBy(20).dividedBy(100));
        assertThat(Duration.between(NOW, bad.nextAttemptAt())).as("wait before the next attempt")
                .isPositive().isLessThanOrEqualTo(longest);
        assertThat(log.lines()).as("nothing logged at WARN for a retry").isEmpty();

        DispatchSummary later = fixture.wiring(fixture.inbox).settings(SETTINGS).build().dispatcher()
                .runDue(TENANT, bad.nextAttemptAt());
        assertThat(later.delivered()).as("the delayed message once the gateway behaves").isEqualTo(1);
        assertThat(entry(BAD).state()).isEqualTo(OutboxState.DELIVERED);
    }

    @Test
    @DisplayName("a retry-after longer than maxRetryDelay is clamped to it, so the retry stays storable in any outbox")
    void retryAfterClamped() {
        fixture.wiring(misbehavingOn(() -> new SendResult(SendResult.Status.RETRYABLE_FAILURE, "come back later",
                ChronoUnit.YEARS.getDuration().multipliedBy(300)))).settings(SETTINGS).build().dispatcher()
                .runDue(TENANT, NOW);

        Instant next = entry(BAD).nextAttemptAt();
        assertThat(next).isAfterOrEqualTo(NOW.plus(SETTINGS.maxRetryDelay()))
                .isBefore(NOW.plus(SETTINGS.maxRetryDelay().multipliedBy(2)));
    }

    @Test
    @DisplayName("an outcome the store fails to record leaves that claim to expire, logs one warning, and the rest of"
            + " the batch is delivered and recorded")
    void storeFailureOnOneOutcome() {
        ForwardingOutbox flaky = new ForwardingOutbox(fixture.outbox) {
            private int calls;

            @Override
            public boolean markDelivered(TenantId tenant, String claimToken, Instant at) {
                if (++calls == 2) {
                    throw new StoreException("could not mark delivered: connection lost (simulated)", true,
                            new IOException("reset"));
                }
                return super.markDelivered(tenant, claimToken, at);
            }
        };
        OutboxDispatcher dispatcher = fixture.wiring(fixture.inbox).outbox(flaky).settings(SETTINGS).build()
                .dispatcher();

        DispatchSummary summary = dispatcher.runDue(TENANT, NOW);

        assertThat(summary).isEqualTo(new DispatchSummary(KEYS.size(), KEYS.size() - 1, 0, 0, 0, 0, 0, 1));
        assertThat(entry(BAD).state()).as("the outcome the store could not record").isEqualTo(OutboxState.IN_FLIGHT);
        assertThat(KEYS.stream().filter(k -> !k.equals(BAD)).map(k -> entry(k).state()))
                .containsOnly(OutboxState.DELIVERED);
        assertThat(log.lines()).singleElement().asString()
                .startsWith("WARN io.elan.mentoring.core.communication.internal.OutboxDispatcher - 1 call(s) to the"
                        + " outbox or the program store failed for tenant acme, leaving 1 outcome(s) unrecorded")
                .contains("connection lost (simulated)");

        DispatchSummary afterLease = dispatcher.runDue(TENANT, NOW.plus(SETTINGS.lease()));
        assertThat(afterLease.delivered()).as("the message sent again once its claim expired").isEqualTo(1);
        assertThat(fixture.inbox.delivered()).as("what reached the recipient, once per key").hasSize(KEYS.size());
    }

    @Test
    @DisplayName("a VirtualMachineError from the gateway ends the call: the rest of the batch stays claimed until its"
            + " lease expires, then is sent")
    void virtualMachineErrorEndsTheCall() {
        List<String> sent = new ArrayList<>();
        OutboxDispatcher dispatcher = fixture.wiring(message -> {
            sent.add(message.idempotencyKey());
            if (BAD.equals(message.idempotencyKey())) {
                throw new StackOverflowError("deep recursion in the provider's SDK");
            }
            return fixture.inbox.send(message);
        }).settings(SETTINGS).build().dispatcher();

        assertThatThrownBy(() -> dispatcher.runDue(TENANT, NOW)).isInstanceOf(StackOverflowError.class);

        assertThat(sent).containsExactly("k0", BAD);
        assertThat(entry("k2").state()).isEqualTo(OutboxState.IN_FLIGHT);
        assertThat(fixture.wiring(fixture.inbox).settings(SETTINGS).build().dispatcher()
                .runDue(TENANT, NOW.plus(SETTINGS.lease())).delivered()).isEqualTo(KEYS.size() - 1);
    }
}
