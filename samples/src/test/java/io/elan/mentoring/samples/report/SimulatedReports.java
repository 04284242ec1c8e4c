package io.elan.mentoring.samples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.samples.simulation.SimulationCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulation's outputs in French and English, run once per test JVM with its default options (30 pairs, seed
 * 2026) in memory, as {@code ./mvnw -Prun-sample} runs it, under {@code target/simulated-report}.
 */
final class SimulatedReports {
    /** The page's file in each language. */
    static final Map<String, String> PAGES = Map.of("fr", "rapport-programme.html", "en", "program-report.html");

    private static final Map<String, Path> RUNS = new ConcurrentHashMap<>();

    private SimulatedReports() {}

    /**
     * @param language {@code fr} or {@code en}
     * @return the folder the simulation wrote its outputs to in that language
     */
    static Path folder(String language) {
        return RUNS.computeIfAbsent(language, SimulatedReports::run);
    }

    /**
     * @param language {@code fr} or {@code en}
     * @return the report's page in that language
     */
    static Path page(String language) {
        return folder(language).resolve(PAGES.get(language));
    }

    private static Path run(String language) {
        Path folder = Path.of("target", "simulated-report", language).toAbsolutePath();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new SimulationCommand(Path.of("").toAbsolutePath()).run(
                new String[] {"--store", "memory", "--lang", language, "--out", folder.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return folder;
    }
}
