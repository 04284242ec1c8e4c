package io.elan.mentoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.report.model.ReportInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("the programme report")
class ProgramReportTest {
    private static final ReportInput FRENCH = ReportFixtures.input(Locale.FRANCE);
    private static final ReportInput ENGLISH = ReportFixtures.input(Locale.US);

    private static Document page(ReportInput input) throws Exception {
        String html = ProgramReport.of(input).html();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList nodes(Document page, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
    }

    @Nested
    @DisplayName("its page")
    class ThePage {

        @Test
        @DisplayName("is one well-formed document in the report’s language, with nothing to run or fetch")
        void selfContained() throws Exception {
            String html = ProgramReport.of(FRENCH).html();

            assertThat(page(FRENCH).getDocumentElement().getAttribute("lang")).isEqualTo("fr");
            assertThat(page(ENGLISH).getDocumentElement().getAttribute("lang")).isEqualTo("en");
            assertThat(html).startsWith("<!DOCTYPE html>")
                    .doesNotContain("<script>", "<link", "<img", "<iframe", "@import", "src=", "url(http")
                    .doesNotContainPattern("href=\"(?!#)");
        }

        @Test
        @DisplayName("escapes every name and text that comes from outside")
        void escaped() throws Exception {
            String html = ProgramReport.of(ENGLISH).html();

            assertThat(html).doesNotContain("<script>alert(1)</script>")
                    .contains("Zoé &lt;script&gt;alert(1)&lt;/script&gt;; &quot;Zo&quot;, dite");
            assertThat(page(ENGLISH).getDocumentElement().getTextContent()).contains(ReportFixtures.HOSTILE);
        }

        @Test
        @DisplayName("lists the pairs needing attention, most severe first, one finding per line, whom to call and "
                + "the history")
        void attention() throws Exception {
            Document page = page(ENGLISH);
            NodeList cards = nodes(page, "//section[@class='pair']");

            assertThat(cards.getLength()).isEqualTo(2);
            Element first = (Element) cards.item(0);
            assertThat(first.getElementsByTagName("h3").item(0).getTextContent())
                    .startsWith("DisengagedCamille Durand & Zoé");
            assertThat(nodes(page, "(//section[@class='pair'])[1]/ul[@class='findings']/li").getLength())
                    .isEqualTo(2);
            assertThat(first.getElementsByTagName("p").item(0).getTextContent())
                    .startsWith("Call: Camille Durand (mentor) · camille@example.com · +33612345678 — ");
            List<String> history = new ArrayList<>();
            NodeList rows = nodes(page, "(//section[@class='pair'])[1]//table[@class='history']//tr");
            for (int i = 0; i < rows.getLength(); i++) {
                history.add(rows.item(i).getTextContent());
            }
            assertThat(history).containsExactly(
                    "Monday 28 September 2026Flagged: no first meeting",
                    "Monday 28 September 2026Nudged 2 times: message \"How is it?\" to Camille Durand and "
                            + ReportFixtures.HOSTILE + " — Monday 28 September 2026, Monday 5 October 2026",
                    "Monday 5 October 2026Escalated: alert \"Pair to follow up\" to Programme team",
                    "Monday 5 October 2026Flagged: isolation (" + ReportFixtures.HOSTILE + ")");
            assertThat(page.getDocumentElement().getTextContent()).contains("Pairs back on track",
                    "Léa Petit & Hugo Moreau: flagged on Monday 28 September 2026, last finding resolved on Monday "
                            + "5 October 2026.");
        }

        @Test
        @DisplayName("states the sending hours and the replay delay, and counts the messages that left outside them "
                + "in their recipient’s own time")
        void sendingHours() throws Exception {
            String english = page(ENGLISH).getDocumentElement().getTextContent();
            String french = page(FRENCH).getDocumentElement().getTextContent();

            assertThat(english).contains("Messages sent outside the sending hours (on weekdays, 09:00 to 18:00, the "
                            + "recipient’s time): 1.",
                    "Those who missed a session got its useful replay: 0 messages, sent 2 hours after the session "
                            + "ended, within the sending hours (on weekdays, 09:00 to 18:00).",
                    "Hotline: 3 requests, 2 answered, 1 of them late; 0 answers sent to those who asked, 0 alerts "
                            + "to the team about a late request. Follow-up calls: 6, 1 of which raised a concern, "
                            + "escalated to the team (0 messages).");
            assertThat(french).contains("Messages envoyés hors des heures d’envoi (en semaine, de 09:00 à 18:00, heure "
                    + "du destinataire)\u00A0: 1.", "envoyés 2 h après la fin de la séance");
        }

        @Test
        @DisplayName("draws six charts, each with a title, a description and a caption")
        void charts() throws Exception {
            NodeList charts = nodes(page(FRENCH), "//*[local-name()='svg']");

            assertThat(charts.getLength()).isEqualTo(6);
            for (int i = 0; i < charts.getLength(); i++) {
                Element svg = (Element) charts.item(i);
                String title = svg.getElementsByTagName("title").item(0).getTextContent();
                assertThat(title).isNotBlank();
                assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isNotBlank();
                assertThat(((Element) svg.getParentNode()).getElementsByTagName("figcaption").item(0)
                        .getTextContent()).isEqualTo(title);
            }
        }

        @Test
        @DisplayName("suggests workshop themes only from statements and requested topics, never from a yes/no "
                + "question")
        void themes() throws Exception {
            NodeList themes = nodes(page(ENGLISH), "//h3[.='Suggested workshop themes']/following-sibling::ol[1]/li");

            assertThat(themes.getLength()).isEqualTo(2);
            assertThat(themes.item(0).getTextContent()).startsWith("The pace suits me.");
            assertThat(themes.item(1).getTextContent()).startsWith("Finding time to meet");
        }

        @Test
        @DisplayName("reads every statistic it shows, in the report’s language and number format")
        void readings() throws Exception {
            String french = page(FRENCH).getDocumentElement().getTextContent();
            String english = page(ENGLISH).getDocumentElement().getTextContent();

            assertThat(english).contains("Cronbach’s alpha 0.83, good consistency",
                    "mentors answer higher (10 mentors and 10 mentees; p = 0.040, medium difference, r = +0.40)",
                    "75% answered \"yes\" (15 of 20)", "withheld: fewer than 5 respondents");
            assertThat(french).contains("alpha de Cronbach 0,83, cohérence bonne",
                    "p = 0,040", "75\u202F% de réponses «\u00A0oui\u00A0» (15 sur 20)",
                    "masqué\u00A0: fewer than 5 respondents")
                    .doesNotContain("0.83", "75 %", "75%");
        }
    }

    @Nested
    @DisplayName("its CSV files")
    class TheFiles {

        private List<CSVRecord> records(String content, char delimiter) throws Exception {
            assertThat(content).startsWith("\uFEFF");
            return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get()
                    .parse(new StringReader(content.substring(1))).getRecords();
        }

        @Test
        @DisplayName("are named in the report’s language, the survey’s only when there is a survey")
        void names() {
            assertThat(ProgramReport.of(FRENCH).csv().keySet()).containsExactly("binomes.csv",
                    "historique-binomes.csv", "semaines.csv", "temps-collectifs.csv", "messages.csv",
                    "questionnaire.csv", "questionnaire-statistiques.csv");
            assertThat(ProgramReport.of(ENGLISH).pageName()).isEqualTo("program-report.html");
            ReportInput noSurvey = ReportInput.builder().program(ENGLISH.program()).locale(Locale.ENGLISH)
                    .asOf(ENGLISH.asOf()).activity(ENGLISH.activity()).build();
            assertThat(ProgramReport.of(noSurvey).csv()).containsOnlyKeys("pairs.csv", "pair-history.csv",
                    "weeks.csv", "sessions.csv", "messages.csv");
        }

        @Test
        @DisplayName("quote names that hold the delimiter, quotes or a line break, and read back exactly")
        void quoting() throws Exception {
            for (ReportInput input : List.of(FRENCH, ENGLISH)) {
                char delimiter = input == FRENCH ? ';' : ',';
                List<CSVRecord> pairs = records(ProgramReport.of(input).csv().get(input == FRENCH ? "binomes.csv"
                        : "pairs.csv"), delimiter);

                assertThat(pairs).hasSize(4);
                assertThat(pairs.get(1).get(2)).isEqualTo(ReportFixtures.HOSTILE);
                assertThat(pairs.get(1).get(9)).isEqualTo("DISENGAGED");
                assertThat(pairs.get(1).get(7)).isEqualTo("2");
                assertThat(pairs.get(1).get(8)).isEqualTo("1");
            }
        }

        @Test
        @DisplayName("write decimals with the language’s separator and no grouping")
        void decimals() throws Exception {
            List<CSVRecord> french = records(ProgramReport.of(FRENCH).csv().get("temps-collectifs.csv"), ';');
            List<CSVRecord> english = records(ProgramReport.of(ENGLISH).csv().get("sessions.csv"), ',');

            assertThat(french.get(1).get(7)).isEqualTo("0,8333333333333334");
            assertThat(english.get(1).get(7)).isEqualTo("0.8333333333333334");
            assertThat(french.get(1).get(0)).isEqualTo("2026-09-14");
            assertThat(french.get(1).get(1)).isEqualTo("10:00");
        }

        @Test
        @DisplayName("hold every message, whatever became of it")
        void messages() throws Exception {
            List<CSVRecord> messages = records(ProgramReport.of(ENGLISH).csv().get("messages.csv"), ',');

            assertThat(messages.subList(1, messages.size())).extracting(r -> r.get(7))
                    .containsExactlyInAnyOrder("SENT", "SENT", "GIVEN_UP", "WAITING");
        }
    }

    @Test
    @DisplayName("the same input gives the same bytes, written to a folder with the page first")
    void deterministic(@TempDir Path folder) throws Exception {
        List<Path> written = ProgramReport.of(FRENCH).writeTo(folder);

        assertThat(written.get(0).getFileName().toString()).isEqualTo("rapport-programme.html");
        assertThat(written).hasSize(8);
        assertThat(Files.readString(written.get(0))).isEqualTo(ProgramReport.of(ReportFixtures.input(Locale.FRANCE))
                .html());
        Map<String, String> csv = ProgramReport.of(ReportFixtures.input(Locale.FRANCE)).csv();
        for (Path file : written.subList(1, written.size())) {
            assertThat(Files.readString(file)).isEqualTo(csv.get(file.getFileName().toString()));
        }
    }
}
