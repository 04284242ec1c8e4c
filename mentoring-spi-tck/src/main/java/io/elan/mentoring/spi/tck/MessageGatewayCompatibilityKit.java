package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.T0;
import static io.elan.mentoring.spi.tck.KitFixtures.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract of {@link MessageGateway}: delivers, answers with a result instead of throwing, never delivers one
 * idempotency key twice (also when sent concurrently), refuses unsupported channels permanently, and tells the truth
 * when the far side fails.
 *
 * <p>Extend it, return your gateway from {@link #gateway()}, and report from {@link #received()} what actually
 * reached the far side (your provider's sandbox, a local HTTP server, a fake SMTP server...).
 *
 * <h2>Making the far side fail</h2>
 * Return from {@link #farSide()} the stub your gateway talks to, as a {@link FarSide}, and from
 * {@link #gatewayTimeout()} how long your gateway waits for an answer. The kit then tells the far side to accept,
 * answer an error status, answer 429 with a Retry-After, hang past the timeout or refuse connections, sends, and
 * checks what the gateway reported and which calls reached the far side:
 * <ul>
 *   <li>whatever the far side does, the gateway returns a {@link SendResult}, never an exception or {@code null};</li>
 *   <li>5xx (500, 502, 503, 504), 408, 429, a timeout and a refused connection are retryable failures;</li>
 *   <li>400, 404, 410 and 422 (unknown recipient, rejected content) are permanent failures; 401 and 403 are failures
 *       the gateway classifies as it sees fit (a credential an operator will fix, or not);</li>
 *   <li>no failure is ever reported {@link SendResult.Status#DELIVERED};</li>
 *   <li>every call carries the message's idempotency key, the same on a resend after a failure or a timeout, so that
 *       the message reaches the far side once;</li>
 *   <li>a 429's Retry-After comes back as {@link SendResult#retryAfter()}, at least as long.</li>
 * </ul>
 * For an HTTP gateway the far side is a server on the loopback interface that the gateway is pointed at (the webhook
 * sample's test has one, on the JDK's {@code com.sun.net.httpserver.HttpServer}):
 * <pre>{@code
 * class MyGatewayCompatibilityTest extends MessageGatewayCompatibilityKit {
 *     static final Duration TIMEOUT = Duration.ofSeconds(1);
 *     static final LocalWebhook WEBHOOK = LocalWebhook.start();   // your stub, a FarSide; close it after all tests
 *     static final MessageGateway GATEWAY = MyGateway.to(WEBHOOK.uri()).timeout(TIMEOUT).build();
 *
 *     protected MessageGateway gateway() { return GATEWAY; }
 *     protected List<String> received() { return WEBHOOK.processedKeys(); }
 *     protected Optional<FarSide> farSide() { return Optional.of(WEBHOOK); }
 *     protected Duration gatewayTimeout() { return TIMEOUT; }
 * }
 * }</pre>
 * A gateway with no far side of its own (one that keeps messages in memory) returns an empty {@link #farSide()}:
 * each group of rules that needs one is then skipped as a whole, with the reason.
 */
public abstract class MessageGatewayCompatibilityKit {

    /** @return the gateway under test; may be the same instance on every call */
    protected abstract MessageGateway gateway();

    /**
     * @return the idempotency keys of every message that reached the far side, one entry per arrival, so that a
     *     duplicate shows as a repeated key
     */
    protected abstract List<String> received();

    /** @return a channel the gateway supports; e-mail unless overridden */
    protected Channel supportedChannel() {
        return Channel.EMAIL;
    }

    /** @return a channel the gateway does not support, if there is one; by default a made-up channel */
    protected Optional<Channel> unsupportedChannel() {
        return Optional.of(Channel.of("carrier-pigeon"));
    }

    /**
     * @return the stub the gateway talks to, which the kit makes fail; empty only for a gateway with no far side of its
     *     own (one that keeps messages in memory), which skips the rules that need one
     */
    protected abstract Optional<FarSide> farSide();

    /**
     * @return how long the gateway waits for the far side to answer, as the test configured it; the kit holds calls
     *     longer than this to check timeouts, so keep it short (a second). Five seconds unless overridden.
     */
    protected Duration gatewayTimeout() {
        return Duration.ofSeconds(5);
    }

    /** Every test starts with a far side that accepts, whatever the test before it left it doing. */
    @BeforeEach
    void farSideAccepts() {
        farSide().ifPresent(FarSide::accept);
    }

    private final ProgramId program = ProgramId.of("program-1");

    private OutgoingMessage fresh() {
        return message(program, "kit-" + UUID.randomUUID(), supportedChannel(), T0);
    }

    private long arrivals(String key) {
        return received().stream().filter(key::equals).count();
    }

    private void assertReachedOnce(String key, String when) {
        long arrivals = arrivals(key);
        assertThat(arrivals)
                .as("key %s reached the far side %d times %s; the contract allows once, and requires it", key, arrivals,
                        when)
                .isEqualTo(1);
    }

    private static final String NO_FAR_SIDE = "not checked: farSide() is empty. Return the stub your gateway talks to "
            + "so that the kit can make it fail; only a gateway with no far side of its own (one that keeps messages "
            + "in memory) returns it empty";

    private static final Duration RETRY_AFTER = Duration.ofSeconds(137);

    private static final List<Fault> FAULTS = List.of(
            Fault.status(500, Verdict.RETRYABLE),
            Fault.status(502, Verdict.RETRYABLE),
            Fault.status(503, Verdict.RETRYABLE),
            Fault.status(504, Verdict.RETRYABLE),
            Fault.status(408, Verdict.RETRYABLE),
            Fault.tooManyRequests(RETRY_AFTER),
            Fault.hang(),
            Fault.refused(),
            Fault.status(400, Verdict.PERMANENT),
            Fault.status(404, Verdict.PERMANENT),
            Fault.status(410, Verdict.PERMANENT),
            Fault.status(422, Verdict.PERMANENT),
            Fault.status(401, Verdict.FAILURE),
            Fault.status(403, Verdict.FAILURE));

    private FarSide far() {
        Optional<FarSide> far = farSide();
        assumeTrue(far.isPresent(), NO_FAR_SIDE);
        return far.get();
    }

    private Duration hang() {
        return gatewayTimeout().multipliedBy(2).plusSeconds(1);
    }

    private String situation(Fault fault) {
        return String.format(Locale.ROOT, fault.past(), millis(hang()), millis(gatewayTimeout()));
    }

    private SendResult sendWhile(Fault fault, OutgoingMessage m) {
        fault.arrangement().accept(far(), hang());
        return send(m, "the far side " + situation(fault));
    }

    // Any throwable but the JVM's own breakdowns is the gateway's: the contract wants a result whatever happened.
    private SendResult send(OutgoingMessage m, String when) {
        SendResult result;
        try {
            result = gateway().send(m);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Exception | Error e) {
            throw new AssertionError("the gateway threw " + e + " when " + when + "; the contract requires a "
                    + "SendResult (a retryable or a permanent failure), never an exception", e);
        }
        if (result == null) {
            fail("the gateway returned null when " + when + "; the contract requires a SendResult");
        }
        return result;
    }

    private void require(Fault fault, Verdict admitted, SendResult result) {
        if (!admitted.admits(result.status())) {
            fail("the far side " + situation(fault) + " but the gateway reported " + described(result)
                    + "; the contract requires " + fault.required().words);
        }
    }

    private static List<FarSide.Call> callsSince(FarSide far, int before) {
        List<FarSide.Call> calls = far.calls();
        return calls.subList(Math.min(before, calls.size()), calls.size());
    }

    private static void requireKey(List<FarSide.Call> calls, OutgoingMessage m, String which) {
        for (FarSide.Call call : calls) {
            String key = call.idempotencyKey();
            if (key == null) {
                fail(which + " reached the far side without an idempotency key; the gateway must pass the message's "
                        + "key on every call so that the far side can refuse a duplicate");
            } else if (!key.equals(m.idempotencyKey())) {
                fail(which + " reached the far side with the key \"" + key + "\", not the message's key \""
                        + m.idempotencyKey() + "\"; every call for one message must carry its key, also a resend, so "
                        + "that the far side delivers the message once");
            }
        }
    }

    private static String described(SendResult result) {
        return result.detail() == null ? result.status().name()
                : result.status() + " (\"" + result.detail() + "\")";
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }

    @Nested
    @DisplayName("delivering messages")
    class Delivery {
        @Test
        @DisplayName("a message on a supported channel is delivered and reaches the far side once")
        void delivered() {
            OutgoingMessage m = fresh();
            assertThat(gateway().supports(supportedChannel()))
                    .as("the gateway must say it supports %s, the channel the kit was told it supports",
                            supportedChannel())
                    .isTrue();
            assertThat(gateway().send(m).status()).as("a message on a supported channel must be answered delivered")
                    .isEqualTo(SendResult.Status.DELIVERED);
            assertReachedOnce(m.idempotencyKey(), "after one send");
        }

        @Test
        @DisplayName("a message on an unsupported channel is a permanent failure that says why")
        void unsupported() {
            Optional<Channel> channel = unsupportedChannel();
            if (channel.isEmpty()) {
                return;
            }
            OutgoingMessage m = fresh();
            OutgoingMessage odd = message(program, m.idempotencyKey(), channel.get(), T0);
            assertThat(gateway().supports(channel.get()))
                    .as("the gateway must say it does not support %s", channel.get()).isFalse();
            SendResult result = gateway().send(odd);
            assertThat(result.status())
                    .as("a message on the unsupported channel %s must be answered as a permanent failure, not thrown"
                            + " nor retried", channel.get())
                    .isEqualTo(SendResult.Status.PERMANENT_FAILURE);
            assertThat(result.detail()).as("a permanent failure must say why in its detail").isNotBlank();
            assertThat(arrivals(m.idempotencyKey()))
                    .as("a message on an unsupported channel must not reach the far side").isZero();
        }
    }

    @Nested
    @DisplayName("honouring idempotency keys")
    class Idempotency {
        @Test
        @DisplayName("sending a key again answers delivered without reaching the far side a second time")
        void resend() {
            OutgoingMessage m = fresh();
            gateway().send(m);
            assertThat(gateway().send(m).status())
                    .as("sending a key already delivered must be answered delivered")
                    .isEqualTo(SendResult.Status.DELIVERED);
            assertReachedOnce(m.idempotencyKey(), "after two sends of the same message");
        }

        @Test
        @DisplayName("eight senders racing with the same key reach the far side once")
        void race() {
            for (int round = 0; round < 10; round++) {
                OutgoingMessage m = fresh();
                List<SendResult> results = Concurrently.run(8, i -> () -> gateway().send(m));
                assertThat(results).extracting(SendResult::status)
                        .as("each of eight senders racing with key %s must be answered delivered", m.idempotencyKey())
                        .containsOnly(SendResult.Status.DELIVERED);
                assertReachedOnce(m.idempotencyKey(), "after eight senders raced with it");
            }
        }

        @Test
        @DisplayName("different keys to the same person are all delivered")
        void distinct() {
            OutgoingMessage a = fresh();
            OutgoingMessage b = fresh();
            gateway().send(a);
            gateway().send(b);
            assertReachedOnce(a.idempotencyKey(), "when another key went to the same person");
            assertReachedOnce(b.idempotencyKey(), "when another key went to the same person");
        }
    }

    /**
     * A group of rules that make the far side fail. Without a far side the group is skipped once, with the reason,
     * rather than test by test: a gateway that has none chose so in {@link #farSide()}.
     */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract class FailureRules {
        @BeforeAll
        void farSideWired() {
            far();
        }

        /**
         * One test per fault, named by {@code name} with the fault in place of {@code %s}. Each arranges its own
         * fault: JUnit runs {@code @BeforeEach} once per factory, not per dynamic test.
         */
        Stream<DynamicTest> each(Stream<Fault> faults, String name, Consumer<Fault> rule) {
            return faults.map(fault -> DynamicTest.dynamicTest(String.format(Locale.ROOT, name, fault),
                    () -> rule.accept(fault)));
        }

        Stream<Fault> required(Verdict verdict) {
            return FAULTS.stream().filter(f -> f.required() == verdict);
        }
    }

    @Nested
    @DisplayName("whatever the far side does, the gateway answers with a result")
    class FailuresBecomeResults extends FailureRules {
        @TestFactory
        @DisplayName("a far side that fails gets a result, never an exception")
        Stream<DynamicTest> result() {
            return each(FAULTS.stream(), "a far side that %s gets a result, never an exception",
                    fault -> sendWhile(fault, fresh()));
        }
    }

    @Nested
    @DisplayName("any key the contract allows")
    class AnyKey {
        @Test
        @DisplayName("a message whose idempotency key holds characters outside ASCII gets a result, never an exception")
        void unusualKey() {
            send(message(program, "kit-é€日本+%-" + UUID.randomUUID(), supportedChannel(), T0),
                    "the message's idempotency key held characters outside ASCII");
        }
    }

    @Nested
    @DisplayName("retryable and permanent failures")
    class Classification extends FailureRules {
        @TestFactory
        @DisplayName("a far side that is down, slow, busy or unreachable makes a retryable failure")
        Stream<DynamicTest> retryable() {
            return each(required(Verdict.RETRYABLE), "a far side that %s makes a retryable failure",
                    fault -> require(fault, Verdict.RETRYABLE, sendWhile(fault, fresh())));
        }

        @TestFactory
        @DisplayName("a far side that refuses the message itself makes a permanent failure")
        Stream<DynamicTest> permanent() {
            return each(required(Verdict.PERMANENT), "a far side that %s makes a permanent failure",
                    fault -> require(fault, Verdict.PERMANENT, sendWhile(fault, fresh())));
        }
    }

    @Nested
    @DisplayName("a failure is never reported as delivered")
    class NoFalseDelivery extends FailureRules {
        @TestFactory
        @DisplayName("a far side that fails is not reported as delivered")
        Stream<DynamicTest> notDelivered() {
            return each(FAULTS.stream(), "a far side that %s is not reported as delivered",
                    fault -> require(fault, Verdict.FAILURE, sendWhile(fault, fresh())));
        }
    }

    @Nested
    @DisplayName("the idempotency key at the far side")
    class KeysAtTheFarSide extends FailureRules {
        @Test
        @DisplayName("every call that reaches the far side carries the message's idempotency key")
        void carried() {
            FarSide far = far();
            OutgoingMessage m = fresh();
            int before = far.calls().size();
            SendResult result = send(m, "the far side accepted the call");
            List<FarSide.Call> calls = callsSince(far, before);
            if (calls.isEmpty()) {
                fail("the gateway reported " + described(result) + " but no call reached the far side; farSide() "
                        + "must return the stub the gateway talks to");
            }
            requireKey(calls, m, "a call");
        }

        @Test
        @DisplayName("a resend after a failure carries the same key, and the message reaches the far side once")
        void resendAfterFailure() {
            resend(Fault.status(503, Verdict.RETRYABLE));
        }

        @Test
        @DisplayName("a resend after a timeout carries the same key, and the message reaches the far side once")
        void resendAfterTimeout() {
            resend(Fault.hang());
        }

        private void resend(Fault fault) {
            FarSide far = far();
            OutgoingMessage m = fresh();
            int before = far.calls().size();
            sendWhile(fault, m);
            int resent = far.calls().size();
            far.accept();
            SendResult again = send(m, "the far side accepted a resend");
            requireKey(callsSince(far, before).subList(0, resent - before), m, "a call");
            requireKey(callsSince(far, resent), m, "the resend after the far side " + situation(fault));
            if (again.status() != SendResult.Status.DELIVERED) {
                fail("the far side accepted the resend after it " + situation(fault) + " but the gateway reported "
                        + described(again) + "; the contract requires DELIVERED");
            }
            long arrived = arrivals(m.idempotencyKey());
            if (arrived != 1) {
                fail("the message reached the far side " + arrived + " times after it " + situation(fault)
                        + " and was sent again; the contract requires once, the far side refusing the repeated key");
            }
        }
    }

    @Nested
    @DisplayName("the far side's Retry-After")
    class RetryAfter extends FailureRules {
        @Test
        @DisplayName("a 429 with a Retry-After is a retryable failure that waits at least as long as the far side"
                + " asked")
        void passedOn() {
            Fault fault = Fault.tooManyRequests(RETRY_AFTER);
            SendResult result = sendWhile(fault, fresh());
            require(fault, Verdict.RETRYABLE, result);
            Duration wait = result.retryAfter();
            if (wait == null || wait.compareTo(RETRY_AFTER) < 0) {
                fail("the far side " + situation(fault) + " but the gateway reported "
                        + (wait == null ? "no wait" : "a wait of " + wait.toSeconds() + " seconds")
                        + "; the contract requires passing the far side's wait on as retryAfter, at least "
                        + RETRY_AFTER.toSeconds() + " seconds, so that the engine does not call again sooner");
            }
        }
    }

    /**
     * The far side of the gateway under test, in the test's hands: the stub the gateway talks to (for an HTTP gateway,
     * a server on the loopback interface it is pointed at; for e-mail, a local SMTP server; for a provider's SDK, a
     * fake of its endpoint). The kit sets one behaviour at a time, which holds until the next one, sends, and reads the
     * calls that arrived.
     *
     * <p>Statuses are HTTP's. A far side that speaks another protocol answers with its nearest equivalent: a 5xx or a
     * 408 as a transient refusal (SMTP 451), another 4xx as a refusal of the message (SMTP 550), a 429 as its rate
     * limit with the wait it asks for.
     *
     * <p>Implementations are thread-safe: the kit sets behaviours and reads calls from the test thread while the stub
     * answers on its own threads.
     */
    public interface FarSide {
        /**
         * Accepts every call from now on: processes each idempotency key once and answers success, also to a call
         * whose key it already processed. A far side that refused connections listens again where it did.
         */
        void accept();

        /** @param status an HTTP error status, 4xx or 5xx, to answer every call with from now on, processing none */
        void answer(int status);

        /**
         * @param retryAfter the wait to ask for, in whole seconds: answers every call from now on with 429 Too Many
         *     Requests and this Retry-After, processing none
         */
        void answerTooManyRequests(Duration retryAfter);

        /**
         * @param duration how long to hold every call from now on before accepting it; the kit asks for longer than
         *     {@link #gatewayTimeout()}, so the gateway gives up first
         */
        void hang(Duration duration);

        /** Refuses connections from now on: nothing listens where the gateway points, as if the far side were down. */
        void refuseConnections();

        /**
         * @return every call that reached the far side so far, in the order they arrived, whatever each was answered;
         *     a refused connection is no call
         */
        List<Call> calls();

        /**
         * One call that reached the far side.
         *
         * @param idempotencyKey the idempotency key it carried, as the gateway's message had it (decoded if the
         *     gateway encoded it), or {@code null} if it carried none
         */
        record Call(@Nullable String idempotencyKey) {}
    }

    /** What the contract requires of the gateway when the far side fails in a given way. */
    private enum Verdict {
        RETRYABLE("a retryable failure, since the same message may succeed later"),
        PERMANENT("a permanent failure, since the message will never succeed as it is"),
        FAILURE("a failure, retryable or permanent");

        final String words;

        Verdict(String words) {
            this.words = words;
        }

        boolean admits(SendResult.Status status) {
            return switch (this) {
                case RETRYABLE -> status == SendResult.Status.RETRYABLE_FAILURE;
                case PERMANENT -> status == SendResult.Status.PERMANENT_FAILURE;
                case FAILURE -> status != SendResult.Status.DELIVERED;
            };
        }
    }

    /**
     * One way the far side fails.
     *
     * @param present how a test's name says it: "answers 503"
     * @param past how a failure message says it, with {@code %1$s} the hang and {@code %2$s} the gateway's timeout
     * @param required what the contract requires the gateway to report
     * @param arrangement sets the far side up, given how long to hang
     */
    private record Fault(String present, String past, Verdict required, BiConsumer<FarSide, Duration> arrangement) {
        static Fault status(int status, Verdict required) {
            return new Fault("answers " + status, "answered " + status, required, (far, hang) -> far.answer(status));
        }

        static Fault tooManyRequests(Duration wait) {
            String said = "429 with a Retry-After of " + wait.toSeconds() + " seconds";
            return new Fault("answers " + said, "answered " + said, Verdict.RETRYABLE,
                    (far, hang) -> far.answerTooManyRequests(wait));
        }

        static Fault hang() {
            return new Fault("holds the call past the gateway's timeout",
                    "held the call for %1$s (the gateway's timeout is %2$s)", Verdict.RETRYABLE, FarSide::hang);
        }

        static Fault refused() {
            return new Fault("refuses the connection", "refused the connection", Verdict.RETRYABLE,
                    (far, hang) -> far.refuseConnections());
        }

        @Override
        public String toString() {
            return present;
        }
    }
}
