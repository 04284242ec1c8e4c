package io.elan.mentoring.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The getting-started guide's example runs, and the guide quotes its source exactly. */
class GettingStartedTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

    @Test
    @DisplayName("the example runs a program through the timer call and prints its calendar, findings and survey report")
    void exampleRuns() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        GettingStartedExample.run(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("2027-01-11 Program kick-off – Pairs meet; the ground rules",
                "2027-05-04 Monthly message to mentors – Sharing experience without lecturing",
                "2027-06-14 Mid-point workshop – How are the pairs doing?",
                "pair-00001: ENGAGED", "pair-00004: ENGAGED", "pair-00005: DISENGAGED",
                "pair-00006: DISENGAGED", "No meeting in the last 6 active weeks",
                "mid-point-questionnaire: 10 of 12 answered", "Respondents: 10 of 12 (83%)");
        assertThat(output).containsPattern("(?m)^[1-9][0-9]* messages delivered$");
    }

    @Test
    @DisplayName("docs/getting-started.md quotes the example's source whole")
    void docQuotesTheExample() throws Exception {
        String source = Files.readString(MODULE.resolve(
                "src/test/java/io/elan/mentoring/core/GettingStartedExample.java"), StandardCharsets.UTF_8);
        String doc = Files.readString(MODULE.resolve("../docs/getting-started.md"), StandardCharsets.UTF_8);
        Matcher quoted = Pattern.compile("<!-- example: GettingStartedExample.java -->\\n```java\\n(.*?)```",
                Pattern.DOTALL).matcher(doc);
        assertThat(quoted.find()).as("the guide quotes the example after its marker").isTrue();
        assertThat(quoted.group(1)).isEqualTo(source);
    }
}
