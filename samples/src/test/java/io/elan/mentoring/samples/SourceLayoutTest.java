package io.elan.mentoring.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The layout rules of the main sources of every module, read from the project's root: lines of at most
 * {@value #MAX_LINE} characters, and Javadoc block tags that start their line.
 *
 * <p>Javadoc renders a block tag ({@code @param}, {@code @return}, {@code @throws}) only at the start of a line: one
 * written after other text, as in {@code /** @return the settings @throws InvalidValueException … *}{@code /}, is
 * printed as part of the text before it, so the reader sees no exception at all.
 */
class SourceLayoutTest {

    /** The longest line, in characters. */
    private static final int MAX_LINE = 120;

    /** The project's root: tests run in their module's directory. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /** A Javadoc line, then text, then a block tag: the tag is swallowed by the text before it. */
    private static final Pattern TAG_AFTER_TEXT =
            Pattern.compile("^\\s*(?:/\\*\\*|\\*)\\s*(\\S.*?)\\s+@(?:param|return|throws|exception)\\b");

    @Test
    @DisplayName("every block tag of the main sources starts its own line, so Javadoc renders it")
    void blockTagsStartTheirLine() throws IOException {
        List<String> swallowed = new ArrayList<>();
        for (Path source : mainSources()) {
            swallowed.addAll(tagsAfterText(ROOT.relativize(source).toString(),
                    Files.readAllLines(source, StandardCharsets.UTF_8)));
        }
        assertThat(swallowed).as("block tags written after other text on their line").isEmpty();
    }

    @Test
    @DisplayName("no line of the main sources is longer than " + MAX_LINE + " characters")
    void linesFit() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path source : mainSources()) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                int length = lines.get(i).codePointCount(0, lines.get(i).length());
                if (length > MAX_LINE) {
                    tooLong.add(ROOT.relativize(source) + ":" + (i + 1) + " (" + length + " characters)");
                }
            }
        }
        assertThat(tooLong).as("lines longer than %d characters", MAX_LINE).isEmpty();
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> sources;
        try (Stream<Path> modules = Files.list(ROOT)) {
            sources = modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory)
                    .flatMap(SourceLayoutTest::javaFiles).toList();
        }
        assertThat(sources).as("the main sources of the modules under " + ROOT).hasSizeGreaterThan(300);
        return sources;
    }

    @Test
    @DisplayName("the check finds a tag after text, and leaves tags that start their line and inline tags alone")
    void findsWhatItLooksFor() {
        assertThat(tagsAfterText("A.java", List.of(
                "    /** @return the settings @throws InvalidValueException listing every broken rule */",
                "    /**",
                "     * @param value the value, as {@code @param} says",
                "     * @return this builder",
                "     */",
                "    /** @param value the value */",
                "    String notAComment = \"the rest @return kept\";",
                "    /**",
                "     * the rest @return lost",
                "     */")))
                .containsExactly("A.java:1: /** @return the settings @throws InvalidValueException listing every"
                        + " broken rule */", "A.java:9: * the rest @return lost");
    }

    private static List<String> tagsAfterText(String file, List<String> lines) {
        List<String> found = new ArrayList<>();
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            inComment |= line.contains("/**");
            Matcher matcher = TAG_AFTER_TEXT.matcher(line);
            if (inComment && matcher.find() && !insideInlineTag(matcher.group(1))) {
                found.add(file + ":" + (i + 1) + ": " + line.strip());
            }
            if (line.contains("*/")) {
                inComment = false;
            }
        }
        return found;
    }

    /** Whether the text before the tag leaves an inline tag open, as {@code {@code @param}} does. */
    private static boolean insideInlineTag(String before) {
        return before.chars().filter(c -> c == '{').count() > before.chars().filter(c -> c == '}').count();
    }

    private static Stream<Path> javaFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
