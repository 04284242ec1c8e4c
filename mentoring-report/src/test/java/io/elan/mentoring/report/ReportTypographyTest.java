package io.elan.mentoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.report.model.ReportInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

/**
 * The report's own words follow the typography of their language, as Élan's messages do: in French, as the Lexique
 * des règles typographiques en usage à l'Imprimerie nationale sets it, a no-break space before the colon, a no-break
 * or narrow no-break space before the semicolon, the question mark and the exclamation mark; in both languages,
 * typographic apostrophes. Every text node of the page and every cell of every CSV file is read, in both languages.
 */
@DisplayName("the report's words follow French and English typography")
class ReportTypographyTest {
    /** A straight apostrophe inside a word, as in {@code l'équipe} or {@code program's}. */
    private static final Pattern STRAIGHT_APOSTROPHE = Pattern.compile("\\p{L}'\\p{L}");
    /** An ordinary space before a colon, a semicolon, a question mark or an exclamation mark. */
    private static final Pattern ORDINARY_SPACE_BEFORE = Pattern.compile(" [:;?!]");

    @Test
    @DisplayName("the French page and files: typographic apostrophes, no-break spaces before two-part punctuation")
    void french() throws Exception {
        List<String> texts = texts(ReportFixtures.input(Locale.FRANCE));
        assertThat(texts).hasSizeGreaterThan(200);
        assertThat(breaches(texts, STRAIGHT_APOSTROPHE)).as("straight apostrophes").isEmpty();
        assertThat(breaches(texts, ORDINARY_SPACE_BEFORE)).as("ordinary spaces before : ; ? !").isEmpty();
    }

    @Test
    @DisplayName("the English page and files: typographic apostrophes")
    void english() throws Exception {
        List<String> texts = texts(ReportFixtures.input(Locale.US));
        assertThat(texts).hasSizeGreaterThan(200);
        assertThat(breaches(texts, STRAIGHT_APOSTROPHE)).as("straight apostrophes").isEmpty();
    }

    @Test
    @DisplayName("the checks find what they look for")
    void checksCanFail() {
        List<String> texts = List.of("l'équipe", "the program's pairs", "Hotline : 3", "l’équipe\u00a0: 3");
        assertThat(breaches(texts, STRAIGHT_APOSTROPHE)).containsExactly("l'équipe", "the program's pairs");
        assertThat(breaches(texts, ORDINARY_SPACE_BEFORE)).containsExactly("Hotline : 3");
    }

    /** Every text node of the page, outside its style sheet, and every cell of every CSV file. */
    private static List<String> texts(ReportInput input) throws Exception {
        ProgramReport report = ProgramReport.of(input);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Node page = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(report.html().getBytes(StandardCharsets.UTF_8)));
        List<String> texts = new ArrayList<>();
        collect(page, texts);
        for (Map.Entry<String, String> file : report.csv().entrySet()) {
            for (String cell : file.getValue().split("[;,\\n]")) {
                texts.add(cell.strip());
            }
        }
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node.getNodeType() == Node.ELEMENT_NODE && node.getNodeName().equals("style")) {
            return;
        }
        if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
            texts.add(node.getNodeValue().strip());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, texts);
        }
    }

    private static List<String> breaches(List<String> texts, Pattern rule) {
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            Matcher matcher = rule.matcher(text);
            if (matcher.find()) {
                found.add(text);
            }
        }
        return found;
    }
}
