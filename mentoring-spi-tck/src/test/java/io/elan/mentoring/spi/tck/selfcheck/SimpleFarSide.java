package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.tck.MessageGatewayCompatibilityKit.FarSide;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A provider's endpoint in the same process, for checking the gateway kit without a network: {@link SimpleGateway}
 * calls it as an HTTP gateway calls its provider. Like a well-built provider it processes each idempotency key once;
 * a call without a key is processed every time. Thread-safe.
 */
final class SimpleFarSide implements FarSide {

    /**
     * What the far side answers one call.
     *
     * @param status an HTTP status
     * @param retryAfter the wait it asks for, if any
     */
    record Reply(int status, @Nullable Duration retryAfter) {}

    private enum Mode { ACCEPT, ANSWER, TOO_MANY_REQUESTS, HANG, REFUSE }

    private record Behaviour(Mode mode, int status, Duration duration) {}

    private volatile Behaviour behaviour = new Behaviour(Mode.ACCEPT, 200, Duration.ZERO);
    private final Set<String> processedKeys = new HashSet<>();
    private final List<String> arrivals = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();

    /**
     * One call from a gateway.
     *
     * @param message the message the call carries (its body)
     * @param key the idempotency key the call carries, if any
     * @param timeout how long the caller waits for the answer
     * @return the answer
     * @throws ConnectException while refusing connections
     * @throws SocketTimeoutException when the far side holds the call longer than the caller waits
     * @throws InterruptedIOException when the caller is interrupted while waiting
     */
    Reply call(OutgoingMessage message, @Nullable String key, Duration timeout) throws IOException {
        Behaviour now = behaviour;
        if (now.mode() == Mode.REFUSE) {
            throw new ConnectException("Connection refused");
        }
        synchronized (this) {
            calls.add(new Call(key));
        }
        switch (now.mode()) {
            case ANSWER -> {
                return new Reply(now.status(), null);
            }
            case TOO_MANY_REQUESTS -> {
                return new Reply(429, now.duration());
            }
            case HANG -> {
                if (now.duration().compareTo(timeout) > 0) {
                    pause(timeout);
                    // The far side finishes the work after the caller gave up, as a real one does.
                    process(message, key);
                    throw new SocketTimeoutException("no answer within " + timeout.toMillis() + " ms");
                }
                pause(now.duration());
                return process(message, key);
            }
            default -> {
                return process(message, key);
            }
        }
    }

    private synchronized Reply process(OutgoingMessage message, @Nullable String key) {
        if (key == null || processedKeys.add(key)) {
            arrivals.add(message.idempotencyKey());
        }
        return new Reply(200, null);
    }

    private static void pause(Duration d) throws InterruptedIOException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the far side");
        }
    }

    /** @return the messages the far side processed, by the idempotency key of the message each call carried */
    synchronized List<String> arrivals() {
        return List.copyOf(arrivals);
    }

    @Override
    public void accept() {
        behaviour = new Behaviour(Mode.ACCEPT, 200, Duration.ZERO);
    }

    @Override
    public void answer(int status) {
        behaviour = new Behaviour(Mode.ANSWER, status, Duration.ZERO);
    }

    @Override
    public void answerTooManyRequests(Duration retryAfter) {
        behaviour = new Behaviour(Mode.TOO_MANY_REQUESTS, 429, retryAfter);
    }

    @Override
    public void hang(Duration duration) {
        behaviour = new Behaviour(Mode.HANG, 200, duration);
    }

    @Override
    public void refuseConnections() {
        behaviour = new Behaviour(Mode.REFUSE, 0, Duration.ZERO);
    }

    @Override
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }
}
