package io.elan.mentoring.samples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol (a WebSocket, with the JDK's HTTP client), so that a test can
 * measure a page as a browser lays it out without putting any script in the page. Every wait is bounded; closing
 * kills the browser. Not thread-safe.
 */
final class HeadlessChromium implements AutoCloseable {
    /** Where Debian, Ubuntu and Fedora put Chromium, and where Chrome installs itself. */
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/lib/chromium/chromium", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
            "/opt/google/chrome/chrome");
    private static final Duration START = Duration.ofSeconds(30);
    private static final Duration COMMAND = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private String session = "";

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /**
     * @return the Chromium executable: the one named by the {@code CHROMIUM} environment variable, or the first
     *     known path that exists
     */
    static Optional<Path> find() {
        String named = System.getenv("CHROMIUM");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** @return where {@link #find()} looks, for a message that says what is missing */
    static String lookedAt() {
        return "$CHROMIUM, " + String.join(", ", CANDIDATES);
    }

    /**
     * Starts Chromium with a fresh profile and nothing that reaches the network, and attaches to a blank page.
     *
     * @param executable Chromium
     * @param log where the browser's own output goes
     * @return the browser
     * @throws IOException if it cannot start or does not open its DevTools port in time
     */
    static HeadlessChromium start(Path executable, Path log) throws IOException {
        Path profile = Files.createTempDirectory("report-chromium");
        // No sandbox: the page is the build's own file, and containers often lack the user namespaces it needs.
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--mute-audio", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            Path port = profile.resolve("DevToolsActivePort");
            Instant deadline = Instant.now().plus(START);
            while (!Files.exists(port) || Files.readAllLines(port).size() < 2) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IOException("Chromium did not open its DevTools port within " + START.toSeconds()
                            + " s (exit " + (process.isAlive() ? "none" : process.exitValue()) + "); see " + log);
                }
                Thread.sleep(50);
            }
            List<String> lines = Files.readAllLines(port);
            URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
            Listener listener = new Listener();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(START)
                    .buildAsync(uri, listener).get(START.toSeconds(), TimeUnit.SECONDS);
            HeadlessChromium browser = new HeadlessChromium(process, profile, socket);
            listener.browser = browser;
            JsonNode target = browser.send("Target.createTarget", Map.of("url", "about:blank"));
            JsonNode attached = browser.send("Target.attachToTarget",
                    Map.of("targetId", target.get("targetId").asText(), "flatten", true));
            browser.session = attached.get("sessionId").asText();
            return browser;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while starting Chromium", e);
        } catch (ExecutionException | TimeoutException | IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e instanceof IOException io ? io : new IOException("cannot drive Chromium: " + e, e);
        }
    }

    /**
     * Opens a page at a width and waits until it is loaded and its fonts are ready.
     *
     * @param page the page's file
     * @param width the viewport's width in CSS pixels
     */
    void open(Path page, int width) {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900, "deviceScaleFactor", 1,
                "mobile", false));
        send("Page.navigate", Map.of("url", page.toUri().toString()));
        Instant deadline = Instant.now().plus(COMMAND);
        while (!"complete".equals(evaluate("document.readyState").asText())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(page + " did not load within " + COMMAND.toSeconds() + " s");
            }
            pause();
        }
        evaluateAsync("document.fonts.ready.then(() => true)");
    }

    /**
     * @param expression a JavaScript expression, run in the page by the DevTools protocol
     * @return its value
     */
    JsonNode evaluate(String expression) {
        return result(send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true)));
    }

    private JsonNode evaluateAsync(String expression) {
        return result(send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true)));
    }

    private static JsonNode result(JsonNode reply) {
        if (reply.has("exceptionDetails")) {
            throw new IllegalStateException("the page's script failed: " + reply.get("exceptionDetails"));
        }
        return reply.get("result").path("value");
    }

    /**
     * Captures the whole page in slices no taller than {@code slice} pixels, as PNG files.
     *
     * @param folder where the files go
     * @param prefix their name's start; each ends with its slice number
     * @param width the viewport's width
     * @param slice the tallest slice
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    List<Path> screenshots(Path folder, String prefix, int width, int slice) throws IOException {
        int height = evaluate("Math.ceil(document.documentElement.scrollHeight)").asInt();
        List<Path> files = new ArrayList<>();
        for (int top = 0, n = 1; top < height; top += slice, n++) {
            JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", top, "width", width, "height", Math.min(slice, height - top),
                            "scale", 1)));
            Path file = folder.resolve(String.format(Locale.ROOT, "%s-%02d.png", prefix, n));
            Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
            files.add(file);
        }
        return files;
    }

    private JsonNode send(String method, Map<String, Object> params) {
        return send(method, params, session);
    }

    /** @param target the page's session, or empty for a command to the browser itself */
    private JsonNode send(String method, Map<String, Object> params, String target) {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", json.valueToTree(params));
        if (!target.isEmpty()) {
            message.put("sessionId", target);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            socket.sendText(message.toString(), true).get(COMMAND.toSeconds(), TimeUnit.SECONDS);
            JsonNode answer = reply.get(COMMAND.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IllegalStateException(method + " failed: " + answer.get("error"));
            }
            return answer.get("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + method, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " got no answer within " + COMMAND.toSeconds() + " s", e);
        } finally {
            pending.remove(id);
        }
    }

    private void receive(String text) {
        try {
            JsonNode message = json.readTree(text);
            CompletableFuture<JsonNode> reply = message.has("id") ? pending.get(message.get("id").asInt()) : null;
            if (reply != null) {
                reply.complete(message);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the browser sent something that is not JSON", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the page", e);
        }
    }

    /**
     * Asks the browser to quit, then ends whatever of it is left (its helper processes included, which outlive a
     * killed browser and keep writing to the profile), and deletes the profile.
     */
    @Override
    public void close() throws IOException {
        // Taken before anything ends: once the browser is gone, its helpers are no longer its descendants.
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(process.toHandle());
        try {
            socket.sendText(json.createObjectNode().put("id", ids.incrementAndGet()).put("method", "Browser.close")
                    .toString(), true).get(COMMAND.toSeconds(), TimeUnit.SECONDS);
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The browser did not hear the request; it is ended below like anything of it still running.
            process.destroyForcibly();
        } finally {
            socket.abort();
            for (ProcessHandle handle : family) {
                handle.destroyForcibly();
            }
            for (ProcessHandle handle : family) {
                handle.onExit().completeOnTimeout(handle, 10, TimeUnit.SECONDS).join();
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(profile)) {
            files = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    /** Gathers each message's fragments and hands whole messages to the browser. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();
        private volatile HeadlessChromium browser;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                String whole = message.toString();
                message.setLength(0);
                if (browser != null) {
                    browser.receive(whole);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
