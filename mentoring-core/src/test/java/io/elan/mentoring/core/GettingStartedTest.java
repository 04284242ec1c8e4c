package io.elan.mentoring.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.event.FollowUpCallsPlanned;
import io.elan.mentoring.core.event.ProgramStatusChanged;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The getting-started guide's example runs, and the guide quotes its source exactly. */
class GettingStartedTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

    @Test
    @DisplayName("the example starts a program with one pair and plans its follow-up calls")
    void exampleRuns() throws Exception {
        List<DomainEvent> heard = new ArrayList<>();
        Program running = GettingStartedExample.run(heard);
        assertThat(running.status()).isEqualTo(ProgramStatus.RUNNING);
        assertThat(running.closing()).hasToString("2027-11-11");
        assertThat(heard).filteredOn(ProgramStatusChanged.class::isInstance).hasSize(3);
        assertThat(heard).filteredOn(FollowUpCallsPlanned.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((FollowUpCallsPlanned) e).calls()).hasSize(4));
    }

    @Test
    @DisplayName("docs/getting-started.md quotes the example's code exactly")
    void docQuotesTheExample() throws Exception {
        String source = Files.readString(MODULE.resolve(
                "src/test/java/io/elan/mentoring/core/GettingStartedExample.java"), StandardCharsets.UTF_8);
        Matcher tagged = Pattern.compile("// tag::example\\[]\\n(.*?)\\n\\s*// end::example\\[]", Pattern.DOTALL)
                .matcher(source);
        assertThat(tagged.find()).as("the example is tagged").isTrue();
        String snippet = tagged.group(1).lines().map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n"));

        String doc = Files.readString(MODULE.resolve("../docs/getting-started.md"), StandardCharsets.UTF_8);
        Matcher quoted = Pattern.compile("<!-- example: GettingStartedExample -->\\n```java\\n(.*?)\\n```",
                Pattern.DOTALL).matcher(doc);
        assertThat(quoted.find()).as("the guide quotes the example after its marker").isTrue();
        assertThat(quoted.group(1)).isEqualTo(snippet);
    }
}
