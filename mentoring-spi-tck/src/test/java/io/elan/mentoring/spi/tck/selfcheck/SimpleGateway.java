package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.messaging.SendResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A small e-mail-only gateway for checking the kit. It calls a {@link SimpleFarSide} as an HTTP gateway calls its
 * provider, passing the message's idempotency key so that the far side processes it once, and classifies the answer as
 * the contract says; given a {@link Flaw}, it breaks one rule of the contract instead. Thread-safe.
 */
final class SimpleGateway implements MessageGateway {

    /** How long the gateway waits for the far side. */
    static final Duration TIMEOUT = Duration.ofMillis(50);

    /** Ways a gateway breaks its contract, each of which the kit must catch. */
    enum Flaw {
        /** None: the gateway honours the contract. */
        NONE,
        /** Passes no idempotency key, so the far side processes a resend again. */
        SENDS_NO_KEY,
        /** Makes up a key for each attempt instead of passing the message's. */
        NEW_KEY_PER_ATTEMPT,
        /** Reports a 5xx as delivered. */
        DELIVERED_ON_SERVER_ERROR,
        /** Takes anything below 500 for a success, so a 404 is delivered. */
        DELIVERED_BELOW_500,
        /** Fires and forgets: a connection it could not open is delivered. */
        DELIVERED_ON_CONNECTION_ERROR,
        /** Lets an I/O failure out as an exception. */
        THROWS_ON_CONNECTION_ERROR,
        /** Gives up on every failure. */
        EVERY_FAILURE_PERMANENT,
        /** Retries every failure, a 404 too. */
        EVERY_FAILURE_RETRYABLE,
        /** Drops the far side's Retry-After. */
        DROPS_RETRY_AFTER,
        /** Waits for the far side however long it takes. */
        NO_TIMEOUT
    }

    private final Flaw flaw;
    private final SimpleFarSide farSide = new SimpleFarSide();
    private final AtomicLong attempts = new AtomicLong();

    /** @param honoursKeys false for a gateway that passes no key, so a resend reaches the recipient again */
    SimpleGateway(boolean honoursKeys) {
        this(honoursKeys ? Flaw.NONE : Flaw.SENDS_NO_KEY);
    }

    /** @param flaw the rule it breaks, if any */
    SimpleGateway(Flaw flaw) {
        this.flaw = flaw;
    }

    @Override
    public boolean supports(Channel channel) {
        return Channel.EMAIL.equals(channel);
    }

    @Override
    public SendResult send(OutgoingMessage m) {
        if (!supports(m.channel())) {
            return SendResult.permanent("only e-mail");
        }
        SimpleFarSide.Reply reply;
        try {
            reply = farSide.call(m, key(m), flaw == Flaw.NO_TIMEOUT ? Duration.ofDays(1) : TIMEOUT);
        } catch (SocketTimeoutException e) {
            return failure(true, "far side timed out: " + e.getMessage(), null);
        } catch (IOException e) {
            return switch (flaw) {
                case DELIVERED_ON_CONNECTION_ERROR -> SendResult.delivered();
                case THROWS_ON_CONNECTION_ERROR -> throw new UncheckedIOException(e);
                default -> failure(true, "far side unreachable: " + e, null);
            };
        }
        int status = reply.status();
        boolean success = flaw == Flaw.DELIVERED_BELOW_500 ? status < 500 : status >= 200 && status < 300;
        if (success || (flaw == Flaw.DELIVERED_ON_SERVER_ERROR && status >= 500)) {
            return SendResult.delivered();
        }
        boolean retryable = status == 408 || status == 429 || status >= 500;
        return failure(retryable, "far side answered " + status, reply.retryAfter());
    }

    private @Nullable String key(OutgoingMessage m) {
        return switch (flaw) {
            case SENDS_NO_KEY -> null;
            case NEW_KEY_PER_ATTEMPT -> m.idempotencyKey() + "#" + attempts.incrementAndGet();
            default -> m.idempotencyKey();
        };
    }

    private SendResult failure(boolean retryable, String reason, @Nullable Duration retryAfter) {
        boolean classifiedRetryable = switch (flaw) {
            case EVERY_FAILURE_PERMANENT -> false;
            case EVERY_FAILURE_RETRYABLE -> true;
            default -> retryable;
        };
        if (!classifiedRetryable) {
            return SendResult.permanent(reason);
        }
        return new SendResult(SendResult.Status.RETRYABLE_FAILURE, reason,
                flaw == Flaw.DROPS_RETRY_AFTER ? null : retryAfter);
    }

    /** @return the stub this gateway talks to */
    SimpleFarSide farSide() {
        return farSide;
    }

    /** @return the idempotency keys of the messages the far side processed, one entry per arrival */
    List<String> arrivals() {
        return farSide.arrivals();
    }
}
