package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.T0;
import static io.elan.mentoring.spi.tck.KitFixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link MessageGateway}: delivers, answers with a result instead of throwing, never delivers one
 * idempotency key twice (also when sent concurrently), and refuses unsupported channels permanently.
 *
 * <p>Extend it, return your gateway from {@link #gateway()}, and report from {@link #received()} what actually
 * reached the far side (your provider's sandbox, a local HTTP server, a fake SMTP server...).
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
}
