package io.elan.mentoring.core;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures what the engine logs during each test of a class that registers it, so that a test whose messages are
 * dead-lettered on purpose keeps the build quiet and can check the warnings. slf4j-simple, the tests' provider, writes
 * to whatever {@code System.err} is at the time of each line.
 */
public final class CapturedLog implements BeforeEachCallback, AfterEachCallback {

    private ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original = System.err;

    /** Captures nothing until a test starts. */
    public CapturedLog() {}

    @Override
    public void beforeEach(ExtensionContext context) {
        captured = new ByteArrayOutputStream();
        original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setErr(original);
    }

    /** @return every line logged so far in this test */
    public List<String> lines() {
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * @param text what a line contains
     * @return the lines logged so far in this test that contain it
     */
    public List<String> lines(String text) {
        return lines().stream().filter(line -> line.contains(text)).toList();
    }

    /**
     * Runs work with the log captured, for code that runs outside a test registering the extension.
     *
     * @param work the work
     * @param <T> what it returns
     * @return what it returned, with the lines it logged
     * @throws Exception as the work does
     */
    public static <T> Result<T> during(Callable<T> work) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            T value = work.call();
            return new Result<>(value, captured.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.setErr(original);
        }
    }

    /**
     * @param value what the work returned
     * @param lines what it logged
     * @param <T> the value's type
     */
    public record Result<T>(T value, List<String> lines) {}
}
