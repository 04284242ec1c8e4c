package io.elan.mentoring.samples.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.elan.mentoring.spi.tck.MessageGatewayCompatibilityKit.FarSide;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * A webhook receiver on the loopback interface, on a port of its own, that behaves like a well-built service: it
 * processes each idempotency key once and answers 200 to repeats. As the gateway kit's far side it can also answer an
 * error status, ask to retry later, hang, or stop listening. Thread-safe; {@link #close()} stops it and the calls it
 * still holds.
 */
final class LocalWebhook implements FarSide, AutoCloseable {

    /** What every call is answered with until the next change: a status, a Retry-After header, a hold first. */
    private record Behaviour(int status, String retryAfter, Duration hold) {}

    private static final Behaviour ACCEPT = new Behaviour(200, "", Duration.ZERO);

    // Daemon threads, so that a call still held when the tests end keeps nothing alive.
    private final ExecutorService handlers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "local-webhook");
        thread.setDaemon(true);
        return thread;
    });
    private final int port;
    private @Nullable HttpServer server;
    private volatile Behaviour behaviour = ACCEPT;
    private final Set<String> processed = new HashSet<>();
    private final List<String> arrivals = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();

    LocalWebhook() throws IOException {
        HttpServer first = listen(0);
        port = first.getAddress().getPort();
        server = first;
    }

    private HttpServer listen(int onPort) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        s.createContext("/hook", this::handle);
        s.setExecutor(handlers);
        s.start();
        return s;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/hook");
    }

    /**
     * @param status the status to answer every call with from now on
     * @param retryAfter the Retry-After header to add, as sent on the wire, or empty for none
     */
    void answer(int status, String retryAfter) {
        listening();
        behaviour = new Behaviour(status, retryAfter, Duration.ZERO);
    }

    @Override
    public void accept() {
        listening();
        behaviour = ACCEPT;
    }

    @Override
    public void answer(int status) {
        answer(status, "");
    }

    @Override
    public void answerTooManyRequests(Duration retryAfter) {
        answer(429, Long.toString(retryAfter.toSeconds()));
    }

    @Override
    public void hang(Duration duration) {
        listening();
        behaviour = new Behaviour(200, "", duration);
    }

    @Override
    public synchronized void refuseConnections() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private synchronized void listening() {
        if (server == null) {
            try {
                server = listen(port);
            } catch (IOException e) {
                throw new UncheckedIOException("could not listen on port " + port + " again", e);
            }
        }
    }

    @Override
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** @return the idempotency key of each call processed, once per key */
    synchronized List<String> arrivals() {
        return List.copyOf(arrivals);
    }

    /** @return the body of each call processed, once per key */
    synchronized List<String> bodies() {
        return List.copyOf(bodies);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Behaviour now = behaviour;
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String header = exchange.getRequestHeaders().getFirst(WebhookMessageGateway.IDEMPOTENCY_HEADER);
            String key = header == null ? null : URLDecoder.decode(header, StandardCharsets.UTF_8);
            synchronized (this) {
                calls.add(new Call(key));
            }
            if (!now.hold().isZero()) {
                hold(now.hold());
            }
            if (now.status() >= 200 && now.status() < 300) {
                synchronized (this) {
                    if (key == null || processed.add(key)) {
                        arrivals.add(String.valueOf(key));
                        bodies.add(body);
                    }
                }
            }
            if (!now.retryAfter().isEmpty()) {
                exchange.getResponseHeaders().add("Retry-After", now.retryAfter());
            }
            exchange.sendResponseHeaders(now.status(), -1);
        }
    }

    private static void hold(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            // Closing the webhook interrupts the calls it holds; the call is then answered at once.
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        refuseConnections();
        handlers.shutdownNow();
    }
}
