package io.elan.mentoring.samples.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/**
 * A webhook receiver on the loopback interface that behaves like a well-built service: it processes each
 * idempotency key once and answers 200 to repeats. Tests can make it answer a given status or stall.
 */
final class LocalWebhook implements AutoCloseable {
    private final HttpServer server;
    private final Set<String> processed = new HashSet<>();
    private final List<String> arrivals = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private volatile IntSupplier status = () -> 200;
    private volatile long stallMillis;
    private volatile String retryAfter = "";

    LocalWebhook() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    void answer(int code, String retryAfterSeconds) {
        status = () -> code;
        retryAfter = retryAfterSeconds;
    }

    void stall(long millis) {
        stallMillis = millis;
    }

    synchronized List<String> arrivals() {
        return List.copyOf(arrivals);
    }

    synchronized List<String> bodies() {
        return List.copyOf(bodies);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (stallMillis > 0) {
                try {
                    Thread.sleep(stallMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int code = status.getAsInt();
            if (code >= 200 && code < 300) {
                String key = exchange.getRequestHeaders().getFirst(WebhookMessageGateway.IDEMPOTENCY_HEADER);
                synchronized (this) {
                    if (key == null || processed.add(key)) {
                        arrivals.add(String.valueOf(key));
                        bodies.add(body);
                    }
                }
            }
            if (!retryAfter.isEmpty()) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(code, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
