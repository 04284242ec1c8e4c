package io.elan.mentoring.samples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Opens the CSV files of the simulation's report with Apache Commons CSV, as a spreadsheet in the report's language
 * would (semicolon and decimal comma in French, comma and decimal point in English), and finds every figure the page
 * shows in them: pairs by level, whom to call, each pair's history, the weeks, the sessions, the messages, the
 * survey's answers and statistics. The page's numbers are written here again from the files' exact values, with the
 * rules the page states (halves round up, a narrow no-break space before {@code %} in French).
 */
@DisplayName("the report's CSV files hold the figures its page shows")
class ReportCsvRoundTripTest {
    private static final char NARROW_NBSP = '\u202F';

    private Document page;
    private boolean french;
    private Locale locale;
    private Path folder;

    private void open(String language) throws Exception {
        folder = SimulatedReports.folder(language);
        french = language.equals("fr");
        locale = french ? Locale.FRENCH : Locale.ENGLISH;
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        page = factory.newDocumentBuilder().parse(new InputSource(Files.newBufferedReader(
                SimulatedReports.page(language))));
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"fr", "en"})
    @DisplayName("pairs by level and whom to call, as in the summary chart and on each pair's card")
    void pairs(String language) throws Exception {
        open(language);
        List<CSVRecord> pairs = csv("binomes.csv", "pairs.csv");
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (CSVRecord pair : pairs) {
            levels.merge(pair.get(3), 1, Integer::sum);
        }
        Map<String, Integer> chart = new HashMap<>();
        for (String tooltip : tooltips("chart-pairs-by-level")) {
            String[] parts = tooltip.split(colon());
            chart.put(parts[0], Integer.parseInt(parts[1]));
        }
        assertThat(chart.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(pairs.size()).isEqualTo(30);
        chart.values().removeIf(count -> count == 0);
        assertThat(chart).isEqualTo(levels);

        Map<String, CSVRecord> byNames = new HashMap<>();
        pairs.forEach(p -> byNames.put(p.get(1) + " & " + p.get(2), p));
        NodeList cards = nodes("//section[@class='pair']");
        assertThat(cards.getLength()).isEqualTo(pairs.stream().filter(p -> !p.get(9).equals("ENGAGED")).count())
                .isPositive();
        for (int i = 0; i < cards.getLength(); i++) {
            Element card = (Element) cards.item(i);
            String names = text(card.getElementsByTagName("h3").item(0)).substring(
                    text(card.getElementsByTagName("span").item(0)).length());
            CSVRecord pair = byNames.get(names);
            assertThat(pair).as(names).isNotNull();
            assertThat(text(card.getElementsByTagName("strong").item(0))).as(names)
                    .endsWith(colon() + pair.get(5));
            assertThat(text(card)).as(names).contains(pair.get(3), pair.get(6));
            for (String finding : pair.get(4).split(" \\| ")) {
                assertThat(text(card)).as(names).contains(finding);
            }
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"fr", "en"})
    @DisplayName("each pair's history: every finding flagged or resolved, every nudge and escalation")
    void history(String language) throws Exception {
        open(language);
        Map<String, Map<String, Integer>> steps = new HashMap<>();
        for (CSVRecord step : csv("historique-binomes.csv", "pair-history.csv")) {
            steps.computeIfAbsent(step.get(1) + " & " + step.get(2), k -> new TreeMap<>()).merge(step.get(4), 1,
                    Integer::sum);
        }
        Pattern times = Pattern.compile(french ? "^(\\S+) (\\d+) fois" : "^(\\S+) (\\d+) times");
        NodeList cards = nodes("//section[@class='pair']");
        int escalations = 0;
        for (int i = 0; i < cards.getLength(); i++) {
            Element card = (Element) cards.item(i);
            String names = text(card.getElementsByTagName("h3").item(0)).substring(
                    text(card.getElementsByTagName("span").item(0)).length());
            Map<String, Integer> shown = new TreeMap<>();
            NodeList rows = ((Element) card.getElementsByTagName("table").item(0)).getElementsByTagName("tr");
            for (int r = 0; r < rows.getLength(); r++) {
                String step = text(((Element) rows.item(r)).getElementsByTagName("td").item(1));
                Matcher many = times.matcher(step);
                String kind = many.find() ? many.group(1) : step.substring(0, step.indexOf(colon()));
                shown.merge(kind, many.find(0) ? Integer.parseInt(many.group(2)) : 1, Integer::sum);
            }
            assertThat(shown).as(names).isEqualTo(steps.get(names));
            escalations += shown.getOrDefault(french ? "Escaladé" : "Escalated", 0);
        }
        assertThat(escalations).as("escalations shown").isPositive();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"fr", "en"})
    @DisplayName("the weeks: pairs at each level and pairs in touch, as the momentum charts draw them")
    void weeks(String language) throws Exception {
        open(language);
        List<CSVRecord> weeks = csv("semaines.csv", "weeks.csv");
        List<String> levels = csvHeader("semaines.csv", "weeks.csv").subList(3, 7);
        Set<String> levelBars = Set.copyOf(tooltips("chart-levels-by-week"));
        Set<String> contact = Set.copyOf(tooltips("chart-pairs-in-touch"));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale);
        assertThat(weeks).hasSizeGreaterThan(40);
        int drawn = 0;
        for (CSVRecord week : weeks) {
            String label = (french ? "Semaine du " : "Week of ") + day.format(LocalDate.parse(week.get(1))) + " — ";
            for (int l = 0; l < levels.size(); l++) {
                int count = Integer.parseInt(week.get(3 + l));
                if (count > 0) {
                    assertThat(levelBars).contains(label + levels.get(l) + colon() + count);
                    drawn++;
                }
            }
            assertThat(contact).contains(label + (french ? "rencontre déclarée" : "meeting reported") + colon()
                    + week.get(7), label + (french ? "rencontre ou message" : "meeting or message") + colon()
                    + week.get(8));
        }
        assertThat(drawn).isEqualTo(levelBars.stream().filter(t -> !t.endsWith(quiet())).count());
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"fr", "en"})
    @DisplayName("each session's attendance, in the sessions table and on its bar")
    void sessions(String language) throws Exception {
        open(language);
        List<CSVRecord> sessions = csv("temps-collectifs.csv", "sessions.csv");
        NodeList rows = nodes("(//table[caption='" + (french ? "Les temps collectifs" : "The collective sessions")
                + "'])/tbody/tr");
        List<String> bars = tooltips("chart-attendance-by-session");
        assertThat(rows.getLength()).isEqualTo(sessions.size()).isEqualTo(bars.size()).isGreaterThan(10);
        for (int i = 0; i < sessions.size(); i++) {
            CSVRecord session = sessions.get(i);
            int invited = Integer.parseInt(session.get(5));
            int present = Integer.parseInt(session.get(6));
            double share = (double) present / invited;
            assertThat(new BigDecimal(session.get(7).replace(',', '.'))).isEqualTo(BigDecimal.valueOf(share));
            NodeList cells = ((Element) rows.item(i)).getElementsByTagName("td");
            assertThat(text(cells.item(1))).isEqualTo(session.get(1));
            assertThat(text(cells.item(2))).startsWith(session.get(3));
            assertThat(text(cells.item(3))).isEqualTo(session.get(6));
            assertThat(text(cells.item(4))).isEqualTo(session.get(5));
            assertThat(text(cells.item(5))).isEqualTo(percent(share));
            assertThat(bars.get(i)).endsWith(colon() + present + (french ? " sur " : " of ") + invited + " · "
                    + percent(share));
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"fr", "en"})
    @DisplayName("the messages sent, by kind and channel")
    void messages(String language) throws Exception {
        open(language);
        Map<String, Map<String, Integer>> sent = new TreeMap<>();
        for (CSVRecord message : csv("messages.csv", "messages.csv")) {
            if (message.get(7).equals("SENT")) {
                sent.computeIfAbsent(message.get(3), k -> new TreeMap<>()).merge(message.get(4), 1, Integer::sum);
            }
        }
        NodeList headers = nodes("(//table[caption='" + (french ? "Messages envoyés, par sorte et par canal"
                : "Messages sent, by kind and channel") + "'])/thead/tr/th");
        NodeList rows = nodes("(//table[caption='" + (french ? "Messages envoyés, par sorte et par canal"
                : "Messages sent, by kind and channel") + "'])/tbody/tr");
        Map<String, Map<String, Integer>> shown = new TreeMap<>();
        for (int r = 0; r < rows.getLength() - 1; r++) {
            NodeList cells = ((Element) rows.item(r)).getElementsByTagName("td");
            for (int c = 1; c < headers.getLength() - 1; c++) {
                int count = number(text(cells.item(c)));
                if (count > 0) {
                    shown.computeIfAbsent(text(cells.item(0)), k -> new TreeMap<>()).put(text(headers.item(c)),
                            count);
                }
            }
        }
        assertThat(shown).isEqualTo(sent).isNotEmpty();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"fr", "en"})
    @DisplayName("the survey's answers to each statement, as the agreement chart splits them")
    void surveyAnswers(String language) throws Exception {
        open(language);
        Set<String> segments = Set.copyOf(tooltips("chart-agreement"));
        int checked = 0;
        for (CSVRecord answer : csv("questionnaire.csv", "survey.csv")) {
            boolean whole = answer.get(0).equals(french ? "Ensemble des répondants" : "All respondents");
            if (!answer.get(7).equals("AGREEMENT") || whole || answer.get(4).isEmpty()) {
                continue;
            }
            long count = Long.parseLong(answer.get(4));
            if (count == 0) {
                continue;
            }
            int n = Integer.parseInt(answer.get(2));
            assertThat(segments).contains(answer.get(1) + " — " + answer.get(0) + " (n = " + n + ") — "
                    + answer.get(8) + " " + answer.get(3) + colon() + count + " (" + percent((double) count / n)
                    + ")");
            checked++;
        }
        assertThat(checked).isEqualTo(segments.size()).isGreaterThan(40);
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"fr", "en"})
    @DisplayName("the survey's statistics, each with the reading the page gives it")
    void surveyStatistics(String language) throws Exception {
        open(language);
        String text = text(page.getDocumentElement());
        Map<String, List<String>> favourable = new HashMap<>();
        NodeList rows = nodes("(//table[caption='" + (french ? "Réponses favorables" : "Favourable answers")
                + "'])/tbody/tr");
        for (int r = 0; r < rows.getLength(); r++) {
            NodeList cells = ((Element) rows.item(r)).getElementsByTagName("td");
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cells.getLength(); c++) {
                row.add(text(cells.item(c)));
            }
            favourable.put(row.get(0) + "\n" + row.get(1), row);
        }
        Map<String, String> types = new HashMap<>();
        csv("questionnaire.csv", "survey.csv").forEach(answer -> types.put(answer.get(6), answer.get(7)));
        Map<String, Integer> statistics = new TreeMap<>();
        for (CSVRecord statistic : csv("questionnaire-statistiques.csv", "survey-statistics.csv")) {
            // Agreement statements show their favourable shares in a table, explained once above it.
            boolean tabled = statistic.get(2).startsWith("favourable") && "AGREEMENT".equals(types.get(
                    statistic.get(5)));
            BigDecimal value = new BigDecimal(statistic.get(3).replace(',', '.'));
            String reading = statistic.get(4);
            List<String> row = favourable.get(statistic.get(1) + "\n" + statistic.get(0));
            switch (statistic.get(2)) {
                case "cronbach_alpha" -> assertThat(reading).contains(decimal(value, 2));
                case "mann_whitney_p" -> assertThat(reading).contains(value.compareTo(new BigDecimal("0.001")) < 0
                        ? "p < " + decimal(new BigDecimal("0.001"), 3) : "p = " + decimal(value, 3));
                case "favourable_share" -> {
                    if (!reading.isEmpty()) {
                        assertThat(reading).startsWith(percent(value.doubleValue()));
                    }
                    if (row != null) {
                        assertThat(row.get(3)).isEqualTo(percent(value.doubleValue()));
                    }
                }
                case "favourable_lower", "favourable_upper" -> {
                    if (row != null) {
                        assertThat(row.get(4)).contains(percent(value.doubleValue()));
                    }
                }
                case "mean" -> {
                    if (row != null) {
                        assertThat(row.get(5)).isEqualTo(decimal(value, 1));
                    }
                }
                case "net_promoter_score" -> assertThat(reading).contains((value.signum() > 0 ? "+" : "")
                        + decimal(value, 0));
                default -> {
                }
            }
            if (!reading.isEmpty() && !tabled) {
                assertThat(text).contains(reading);
            }
            statistics.merge(statistic.get(2), 1, Integer::sum);
        }
        assertThat(statistics).containsKeys("cronbach_alpha", "mann_whitney_p", "favourable_share",
                "net_promoter_score", "mean");
    }

    private List<CSVRecord> csv(String frenchName, String englishName) throws Exception {
        try (CSVParser parser = parser(frenchName, englishName)) {
            return parser.getRecords();
        }
    }

    private List<String> csvHeader(String frenchName, String englishName) throws Exception {
        try (CSVParser parser = parser(frenchName, englishName)) {
            return parser.getHeaderNames();
        }
    }

    private CSVParser parser(String frenchName, String englishName) throws Exception {
        String content = Files.readString(folder.resolve(french ? frenchName : englishName), StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFF");
        Reader reader = new StringReader(content.substring(1));
        return CSVFormat.RFC4180.builder().setDelimiter(french ? ';' : ',').setHeader().setSkipHeaderRecord(true)
                .get().parse(reader);
    }

    private String colon() {
        return french ? "\u00A0: " : ": ";
    }

    private String quiet() {
        return french ? "semaine creuse (vacances, fermeture)\u00A0: pas lue comme un silence"
                : "quiet week (holidays, closure): not read as silence";
    }

    private String percent(double share) {
        String number = BigDecimal.valueOf(share).movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
        return french ? number + NARROW_NBSP + "%" : number + "%";
    }

    private String decimal(BigDecimal value, int digits) {
        String number = value.setScale(digits, RoundingMode.HALF_UP).toPlainString();
        return french ? number.replace('.', ',') : number;
    }

    private static int number(String text) {
        return Integer.parseInt(text.replaceAll("[\\s,\u202F\u00A0]", ""));
    }

    private List<String> tooltips(String chart) throws Exception {
        NodeList titles = nodes("//*[local-name()='svg'][@id='" + chart + "']//*[local-name()='rect' or "
                + "local-name()='circle']/*[local-name()='title']");
        List<String> tooltips = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            tooltips.add(text(titles.item(i)));
        }
        return tooltips;
    }

    private NodeList nodes(String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
    }

    private static String text(Node node) {
        return node.getTextContent().strip();
    }
}
