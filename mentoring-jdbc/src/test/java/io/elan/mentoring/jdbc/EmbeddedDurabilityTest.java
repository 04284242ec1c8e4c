package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.activity.ActivityEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 database keeps every write it acknowledged when its process is killed: a writer JVM appends events
 * one at a time and prints each acknowledged count, is killed with SIGKILL after N of them, and the database opened
 * again holds every acknowledged event. Five kills in a row, each at another N.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class EmbeddedDurabilityTest {
    /** The exit status of a process ended by SIGKILL (128 + 9). */
    private static final int KILLED = 137;

    @TempDir
    Path directory;

    @RepeatedTest(value = 5, name = "kill {currentRepetition} of {totalRepetitions}")
    @DisplayName("a writer killed with SIGKILL after N acknowledged appends loses none of them")
    void acknowledgedWritesSurviveSigkill(RepetitionInfo repetition) throws Exception {
        long killAfter = 150L * repetition.getCurrentRepetition();
        Path file = directory.resolve("elan");
        Path printed = directory.resolve("writer-out.txt");
        Path errors = directory.resolve("writer-errors.txt");
        // The output goes to a file: killing a process closes the pipes Java reads it through, with what they held.
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), AcknowledgingWriter.class.getName(), file.toString())
                .redirectOutput(printed.toFile())
                .redirectError(errors.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (writer.isAlive() && acknowledged(printed) < killAfter && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        writer.destroyForcibly();
        int status = writer.waitFor();
        long acknowledged = acknowledged(printed);

        assertThat(acknowledged).as("appends acknowledged before the kill; the writer said: %s",
                Files.readString(errors)).isGreaterThanOrEqualTo(killAfter);
        assertThat(status).as("the writer's exit status").isEqualTo(KILLED);
        try (JdbcStores reopened = JdbcStores.embeddedH2(file);
                Stream<ActivityEvent> events = reopened.activityLog().events(AcknowledgingWriter.TENANT,
                        AcknowledgingWriter.PROGRAM, AcknowledgingWriter.T0, AcknowledgingWriter.T0.plusSeconds(
                                acknowledged + 2))) {
            Set<String> stored = events.map(event -> event.id().value()).collect(Collectors.toSet());
            List<String> lost = LongStream.rangeClosed(1, acknowledged).mapToObj(AcknowledgingWriter::event)
                    .map(event -> event.id().value()).filter(id -> !stored.contains(id)).toList();
            assertThat(lost).as("acknowledged appends lost, of %d: %d, the first %s", acknowledged, lost.size(),
                    lost.stream().limit(3).toList()).isEmpty();
            // The one append the writer may have committed without living to print it.
            assertThat((long) stored.size()).isBetween(acknowledged, acknowledged + 1);
        }
    }

    /** @return the last count the writer printed in full, 0 before the first */
    private static long acknowledged(Path printed) throws IOException {
        String out = Files.readString(printed, StandardCharsets.UTF_8);
        int end = out.lastIndexOf('\n');
        if (end < 0) {
            return 0;
        }
        return Long.parseLong(out.substring(out.lastIndexOf('\n', end - 1) + 1, end));
    }
}
