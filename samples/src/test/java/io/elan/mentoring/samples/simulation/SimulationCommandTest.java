package io.elan.mentoring.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.elan.mentoring.jdbc.JdbcStores;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.survey.Invitation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Runs the simulation as its users do, through the command and its options, and checks what a program manager would
 * read: the calendar imports, the report is well-formed and holds its four charts, its figures agree with the findings,
 * and the same seed writes the same bytes.
 */
@DisplayName("the program simulation")
class SimulationCommandTest {

    /** The mid-point questionnaire's wave, as the engine names it from the calendar. */
    private static final String WAVE = "mid-point-questionnaire";

    private static final int PAIRS = 6;
    private static final String FRENCH_PAGE = "rapport-programme.html";

    @TempDir
    static Path folder;

    private static Path h2Run;
    private static Path memoryRun;
    private static Path englishRun;
    private static String timeline;

    @BeforeAll
    static void runThreeTimes() {
        h2Run = folder.resolve("h2");
        memoryRun = folder.resolve("memory");
        englishRun = folder.resolve("english");
        Result first = run("--pairs", String.valueOf(PAIRS), "--seed", "7", "--out", h2Run.toString());
        assertThat(first.code()).as(first.err()).isZero();
        timeline = first.out();
        assertThat(run("--pairs=" + PAIRS, "--seed=7", "--store", "memory", "--out", memoryRun.toString()).code())
                .isZero();
        assertThat(run("--pairs", String.valueOf(PAIRS), "--seed", "7", "--store", "memory", "--lang", "en", "--out",
                englishRun.toString()).code()).isZero();
    }

    @Test
    @DisplayName("prints one progress line per month, September to July")
    void timeline() {
        List<String> months = timeline.lines().filter(l -> l.contains(" sem. ")).toList();
        assertThat(months).hasSize(11);
        assertThat(months.get(0)).startsWith("sept. 2026");
        assertThat(months.get(10)).startsWith("juil. 2027");
    }

    @Test
    @DisplayName("the same seed writes the same bytes, on the embedded database and in memory")
    void sameSeedSameBytes() throws IOException {
        List<Path> outputs = outputs(h2Run);
        assertThat(outputs).hasSize(outputs(memoryRun).size()).hasSizeGreaterThanOrEqualTo(8);
        for (Path file : outputs) {
            assertThat(memoryRun.resolve(file.getFileName().toString())).as(file.getFileName().toString())
                    .hasSameBinaryContentAs(file);
        }
        assertThat(h2Run.resolve("store").resolve(SimulationStores.DATABASE + ".mv.db")).exists();
    }

    @Test
    @DisplayName("on the embedded database, the monthly messages are kept as broadcasts with their recipients")
    void broadcastsInTheDatabase() {
        try (JdbcStores stores = JdbcStores.embeddedH2(h2Run.resolve("store").resolve(SimulationStores.DATABASE))) {
            List<PublishedBroadcast> broadcasts = stores.broadcastLog().broadcasts(ProgramSimulation.TENANT,
                    ProgramSimulation.PROGRAM);
            assertThat(broadcasts).isNotEmpty();
            assertThat(stores.broadcastLog().addressees(ProgramSimulation.TENANT, ProgramSimulation.PROGRAM,
                    broadcasts.get(0).broadcast().id())).isNotEmpty();
        }
    }

    @Test
    @DisplayName("on the embedded database, the mid-point invitations, who answered, the figures released and the"
            + " wave’s definition are kept")
    void surveyStateInTheDatabase() {
        try (JdbcStores stores = JdbcStores.embeddedH2(h2Run.resolve("store").resolve(SimulationStores.DATABASE))) {
            List<Invitation> invitations = stores.tokenRegistry().invitations(ProgramSimulation.TENANT,
                    ProgramSimulation.PROGRAM, WAVE);
            assertThat(invitations).isNotEmpty().anyMatch(Invitation::answered);
            assertThat(stores.releaseLedger().released(ProgramSimulation.TENANT, ProgramSimulation.PROGRAM,
                    WAVE)).containsKey("@respondents");
            assertThat(stores.waveDefinitionStore().pinned(ProgramSimulation.TENANT, ProgramSimulation.PROGRAM,
                    WAVE)).hasValueSatisfying(w -> assertThat(w.questionnaire()).isEqualTo("mid-point"));
        }
    }

    @Nested
    @DisplayName("the outputs")
    class Outputs {

        @Test
        @DisplayName("the calendar parses as iCalendar, with the kick-off first and the mid-point workshop in it")
        void calendar() throws Exception {
            String ics = Files.readString(h2Run.resolve(SimulationOutputs.CALENDAR));
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            List<VEvent> events = calendar.getComponents().stream().filter(VEvent.class::isInstance)
                    .map(VEvent.class::cast).toList();

            assertThat(events).hasSize((int) ics.lines().filter("BEGIN:VEVENT"::equals).count()).hasSizeGreaterThan(20);
            assertThat(value(events.get(0), Property.DTSTART)).startsWith("20260915T10");
            assertThat(events).anyMatch(e -> value(e, Property.SUMMARY).contains("mi-parcours"));
        }

        @Test
        @DisplayName("each pair’s follow-up calls are events of their own, naming the pair’s two members")
        void followUpCallsPerPair() throws Exception {
            String ics = Files.readString(h2Run.resolve(SimulationOutputs.CALENDAR));
            List<VEvent> calls = new CalendarBuilder().build(new StringReader(ics)).getComponents().stream()
                    .filter(VEvent.class::isInstance).map(VEvent.class::cast)
                    .filter(e -> value(e, Property.CATEGORIES).equals("CHECKPOINT_CALL")).toList();

            assertThat(calls).hasSize(2 * PAIRS);
            assertThat(calls).extracting(e -> value(e, Property.DTSTART)).doesNotHaveDuplicates();
            assertThat(calls).allSatisfy(e -> {
                assertThat(value(e, Property.SUMMARY)).startsWith("Appel de suivi – ").contains(" & ");
                assertThat(value(e, Property.DESCRIPTION)).matches("(?s)Pour\u00a0: [^,\\n]+, [^,\\n]+\\n.*");
                assertThat(value(e, Property.DTEND)).isNotEmpty();
            });
        }

        @Test
        @DisplayName("the report is one well-formed page whose charts each have a title and a description")
        void report() throws Exception {
            Document html = xml(h2Run.resolve(FRENCH_PAGE));
            NodeList charts = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate("//*[local-name()='svg']", html, XPathConstants.NODESET);

            assertThat(charts.getLength()).isGreaterThanOrEqualTo(6);
            for (int i = 0; i < charts.getLength(); i++) {
                Element svg = (Element) charts.item(i);
                assertThat(svg.getAttribute("role")).isEqualTo("img");
                assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isNotBlank();
                assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isNotBlank();
            }
            assertThat(html.getDocumentElement().getAttribute("lang")).isEqualTo("fr");
            String page = Files.readString(h2Run.resolve(FRENCH_PAGE));
            assertThat(page).doesNotContain("<script", "<link", "<img", "<iframe", "@import", "src=", "url(http")
                    .doesNotContainPattern("href=\"(?!#)");
        }

        @Test
        @DisplayName("the pairs by level in the report’s export are those of the findings, text and JSON alike")
        void statusesAgree() throws Exception {
            JsonNode findings = new ObjectMapper().readTree(h2Run.resolve(SimulationOutputs.FINDINGS_JSON).toFile());
            List<Integer> fromJson = new ArrayList<>();
            for (String status : List.of("ENGAGED", "WATCH", "AT_RISK", "DISENGAGED")) {
                fromJson.add(findings.get("pairsByStatus").get(status).asInt());
            }
            Map<String, Integer> fromCsv = new LinkedHashMap<>();
            for (String status : List.of("ENGAGED", "WATCH", "AT_RISK", "DISENGAGED")) {
                fromCsv.put(status, 0);
            }
            List<String> lines = Files.readAllLines(h2Run.resolve("binomes.csv"));
            for (String line : lines.subList(1, lines.size())) {
                fromCsv.merge(line.substring(line.lastIndexOf(';') + 1), 1, Integer::sum);
            }

            assertThat(fromJson.stream().mapToInt(Integer::intValue).sum()).isEqualTo(PAIRS);
            assertThat(List.copyOf(fromCsv.values())).isEqualTo(fromJson);
            String text = Files.readString(h2Run.resolve(SimulationOutputs.FINDINGS_TEXT));
            assertThat(text).contains("Binômes par statut\u00a0: Engagé %d, À surveiller %d, À risque %d, Décroché %d"
                    .formatted(fromJson.toArray()));
        }

        @Test
        @DisplayName("the pair that never starts is reported disengaged, with its reason and whom to call")
        void neverStarted() throws Exception {
            JsonNode findings = new ObjectMapper().readTree(h2Run.resolve(SimulationOutputs.FINDINGS_JSON).toFile());
            List<String> codes = new ArrayList<>();
            findings.get("pairs").forEach(p -> p.get("findings").forEach(f -> codes.add(f.get("code").asText())));

            assertThat(findings.get("pairsByStatus").get("DISENGAGED").asInt()).isPositive();
            assertThat(codes).contains("NEVER_STARTED");
            NodeList cards = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                    "//section[@class='pair'][contains(., 'Aucun premier rendez-vous')]",
                    xml(h2Run.resolve(FRENCH_PAGE)), XPathConstants.NODESET);
            assertThat(cards.getLength()).isOne();
            assertThat(cards.item(0).getTextContent()).contains("Décroché", "À appeler", "Signalé");
        }

        @Test
        @DisplayName("the messages are written one file per channel, each message rendered for its channel")
        void messages() throws Exception {
            List<Long> counts = new ArrayList<>();
            for (String channel : List.of("email", "whatsapp")) {
                String text = Files.readString(h2Run.resolve(SimulationOutputs.MESSAGES_PREFIX + channel + ".txt"));
                long separators = text.lines().filter(l -> l.startsWith("────")).count();
                assertThat(text).startsWith("Messages envoyés sur le canal " + channel + "\u00a0: " + separators + "\n");
                assertThat(separators).isPositive();
                counts.add(separators);
            }
            long sent = Files.readAllLines(h2Run.resolve("messages.csv")).stream()
                    .filter(l -> l.contains(";SENT;")).count();
            assertThat(sent).isEqualTo(counts.get(0) + counts.get(1));
            String email = Files.readString(h2Run.resolve(SimulationOutputs.MESSAGES_PREFIX + "email.txt"));
            assertThat(email).contains("monthly-message").contains("replay");
        }

        @Test
        @DisplayName("the mid-point survey report is written as JSON and as text, under the anonymity threshold")
        void survey() throws IOException {
            JsonNode report = new ObjectMapper().readTree(h2Run.resolve(SimulationOutputs.SURVEY_JSON).toFile());
            String text = Files.readString(h2Run.resolve(SimulationOutputs.SURVEY_TEXT));

            assertThat(report.get("header").get("threshold").asInt()).isEqualTo(5);
            assertThat(report.get("groups")).isNotEmpty();
            assertThat(text).startsWith("Questionnaire de mi-parcours");
        }

        @Test
        @DisplayName("--lang en writes the report in English")
        void english() throws Exception {
            Document html = xml(englishRun.resolve("program-report.html"));

            assertThat(html.getDocumentElement().getAttribute("lang")).isEqualTo("en");
            assertThat(html.getDocumentElement().getTextContent()).contains("Pairs needing attention", "Engaged");
            assertThat(englishRun.resolve("pairs.csv")).exists();
            assertThat(Files.readString(englishRun.resolve(SimulationOutputs.FINDINGS_TEXT)))
                    .startsWith("Pair engagement on 2027-07-15");
        }

        @Test
        @DisplayName("--lang en writes every message in English, Élan’s words and the team’s alike")
        void englishMessages() throws IOException {
            for (String channel : List.of("email", "whatsapp")) {
                List<String> messages = messagesOf(englishRun, channel);
                assertThat(messages).isNotEmpty().allSatisfy(message -> assertThat(message)
                        .contains("Subject: ")
                        .doesNotContain("Objet", "Replay utile", "Vous ", "votre ", "Réponse à", "Où en est"));
            }
            assertThat(String.join("", messagesOf(englishRun, "email")) + String.join("",
                    messagesOf(englishRun, "whatsapp")))
                    .contains("Subject: Useful replay: ", "Subject: Answer to your request: ",
                            "Subject: How is your mentoring going?", "Subject: Mid-point questionnaire: your view counts",
                            "Subject: Reminder: Mid-point questionnaire");
        }

        @Test
        @DisplayName("no message leaves outside the sending hours, weekdays from 9:00 to 18:00 in Paris")
        void sendingHours() throws IOException {
            for (Path run : List.of(h2Run, englishRun)) {
                for (String channel : List.of("email", "whatsapp")) {
                    for (String message : messagesOf(run, channel)) {
                        LocalDateTime sent = LocalDateTime.parse(message.substring(0, 16).replace(' ', 'T'));
                        assertThat(sent.getDayOfWeek()).as(message).isLessThanOrEqualTo(DayOfWeek.FRIDAY);
                        assertThat(sent.toLocalTime()).as(message).isBetween(LocalTime.of(9, 0),
                                LocalTime.of(17, 59));
                    }
                }
            }
        }

        @Test
        @DisplayName("hotline answers reach those who asked, late requests alert the team, concerns are escalated")
        void hotlineAndConcerns() throws Exception {
            List<String> kinds = new ArrayList<>();
            for (String channel : List.of("email", "whatsapp")) {
                messagesOf(h2Run, channel).forEach(m -> kinds.add(m.lines().findFirst().orElseThrow()
                        .replaceAll(".* · ", "")));
            }
            long answers = kinds.stream().filter("hotline-answer"::equals).count();
            long alerts = kinds.stream().filter("hotline-alert"::equals).count();
            long concerns = kinds.stream().filter("follow-up-concern"::equals).count();
            assertThat(answers).isPositive();
            assertThat(concerns).isPositive();
            assertThat(pageText(h2Run.resolve(FRENCH_PAGE)))
                    .contains("%d réponses envoyées à ceux qui ont demandé, %d alertes à l’équipe".formatted(answers,
                            alerts))
                    .contains("signalée à l’équipe (%d messages)".formatted(concerns));
        }

        @Test
        @DisplayName("the engine invited everyone to the mid-point questionnaire once, reminded at most twice, and the"
                + " report counts both")
        void surveyInvitationsAndReminders() throws Exception {
            Map<String, Long> invitations = new TreeMap<>();
            Map<String, Long> reminders = new TreeMap<>();
            for (String channel : List.of("email", "whatsapp")) {
                for (String message : messagesOf(h2Run, channel)) {
                    String first = message.lines().findFirst().orElseThrow();
                    String recipient = first.split(" · ")[1];
                    if (first.endsWith(" · survey-invitation")) {
                        invitations.merge(recipient, 1L, Long::sum);
                        assertThat(message).contains("https://intranet.entreprise.example/mentorat/questionnaire/"
                                + WAVE + "?jeton=");
                    } else if (first.endsWith(" · survey-reminder")) {
                        reminders.merge(recipient, 1L, Long::sum);
                    }
                }
            }
            assertThat(invitations).hasSize(2 * PAIRS).allSatisfy((person, count) -> assertThat(count).isOne());
            assertThat(reminders).isNotEmpty().allSatisfy((person, count) -> assertThat(count).isBetween(1L, 2L));
            assertThat(pageText(h2Run.resolve(FRENCH_PAGE)))
                    .contains("Le moteur a envoyé %d invitations et %d rappels".formatted(invitations.size(),
                            reminders.values().stream().mapToLong(Long::longValue).sum()));
        }

        @Test
        @DisplayName("the pair that joined late got catch-up digests, and the report counts them and shows that the "
                + "monthly messages reached everyone, some of them through those digests")
        void lateJoiners() throws Exception {
            long digests = Stream.of("email", "whatsapp").flatMap(channel -> {
                try {
                    return messagesOf(h2Run, channel).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(m -> m.lines().findFirst().orElseThrow().endsWith(" · catch-up")).count();
            assertThat(digests).isPositive();
            String page = pageText(h2Run.resolve(FRENCH_PAGE));
            Matcher joined = Pattern.compile("\\((mentor|mentoré)\\) a rejoint le programme le [^:]+: ([0-9]+) résumé")
                    .matcher(page);
            List<String> roles = new ArrayList<>();
            long reported = 0;
            while (joined.find()) {
                roles.add(joined.group(1));
                reported += Long.parseLong(joined.group(2));
            }
            assertThat(roles).containsExactlyInAnyOrder("mentor", "mentoré");
            assertThat(reported).isEqualTo(digests);

            Document html = xml(h2Run.resolve(FRENCH_PAGE));
            List<List<String>> parity = rows(html, "Qui a reçu chaque message mensuel");
            assertThat(parity).isNotEmpty().allSatisfy(row -> assertThat(row.get(3)).as("received, " + row)
                    .isEqualTo(row.get(2)));
            assertThat(parity).anySatisfy(row -> assertThat(Integer.parseInt(row.get(4))).as("through a digest")
                    .isPositive());
            assertThat(page).contains("Chaque message mensuel a atteint toute sa communauté, arrivants compris.");
        }

        @Test
        @DisplayName("the report says when the replays left and how many, as the messages show, and promises nothing "
                + "more")
        void replaysAsSent() throws Exception {
            List<String> replays = new ArrayList<>();
            for (String channel : List.of("email", "whatsapp")) {
                replays.addAll(messagesOf(h2Run, channel).stream().filter(m -> m.contains(" · replay\n")).toList());
            }
            assertThat(messagesOf(h2Run, "email")).filteredOn(m -> m.contains(" · replay\n")).isNotEmpty()
                    .allSatisfy(replay -> assertThat(replay.split("\n• ", -1)).as("three key points and one link")
                            .hasSize(5));
            assertThat(pageText(h2Run.resolve(FRENCH_PAGE)))
                    .contains("le replay utile : %d messages, envoyés 2 h après la fin de la séance, dans les heures"
                            .formatted(replays.size()) + " d’envoi (en semaine, de 09:00 à 18:00)")
                    .contains("Messages envoyés hors des heures d’envoi (en semaine, de 09:00 à 18:00, heure du "
                            + "destinataire) : 0.")
                    .doesNotContain("soir même", "5 points clés");
        }
    }

    /** @return the body rows of the table with that caption, each as its cells' text */
    private static List<List<String>> rows(Document html, String caption) throws Exception {
        NodeList rows = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "//table[caption='" + caption + "']/tbody/tr", html, XPathConstants.NODESET);
        List<List<String>> table = new ArrayList<>();
        for (int r = 0; r < rows.getLength(); r++) {
            NodeList cells = ((Element) rows.item(r)).getElementsByTagName("td");
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cells.getLength(); c++) {
                row.add(cells.item(c).getTextContent().replace('\u00A0', ' ').replace('\u202F', ' ').strip());
            }
            table.add(row);
        }
        return table;
    }

    /** @return the page's text, with its no-break spaces as plain spaces */
    private static String pageText(Path page) throws Exception {
        return xml(page).getDocumentElement().getTextContent().replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** @return the messages of one channel's file, each from its date line on */
    private static List<String> messagesOf(Path run, String channel) throws IOException {
        String text = Files.readString(run.resolve(SimulationOutputs.MESSAGES_PREFIX + channel + ".txt"));
        List<String> messages = new ArrayList<>();
        for (String part : text.split("──────────────────────────────────────────────\n")) {
            if (!part.isEmpty() && Character.isDigit(part.charAt(0))) {
                messages.add(part);
            }
        }
        return messages;
    }

    @Nested
    @DisplayName("options that cannot be used end with one line and exit code 2")
    class BadOptions {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"--pairs -3", "--pairs many", "--lang de", "--store cloud", "--frobnicate",
            "--seed"})
        void refused(String args) {
            Result result = run(args.split(" "));

            assertThat(result.code()).isEqualTo(SimulationCommand.BAD_OPTION);
            assertThat(result.err().lines()).singleElement().asString().startsWith("error: ")
                    .contains(args.split(" ")[0]);
            assertThat(result.out()).isEmpty();
        }

        @Test
        @DisplayName("an --out that is a file, or lies under one, cannot be written")
        void unwritableOut() throws IOException {
            Path file = Files.writeString(folder.resolve("not-a-folder"), "x");

            for (Path out : List.of(file, file.resolve("below"))) {
                Result result = run("--pairs", "2", "--out", out.toString());
                assertThat(result.code()).isEqualTo(SimulationCommand.BAD_OPTION);
                assertThat(result.err().lines()).singleElement().asString().startsWith("error: --out ");
            }
        }

        @Test
        @DisplayName("--help explains every option and runs nothing")
        void help() {
            Result result = run("--help");

            assertThat(result.code()).isZero();
            assertThat(result.out()).contains("--pairs N", "--seed S", "--out DIR", "--store memory|h2",
                    "--lang fr|en", "--help");
            assertThat(result.err()).isEmpty();
        }
    }

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new SimulationCommand(folder).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<Path> outputs(Path run) throws IOException {
        try (Stream<Path> files = Files.list(run)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String value(VEvent event, String property) {
        return event.getPropertyList().getAll().stream().filter(p -> p.getName().equals(property))
                .map(Property::getValue).findFirst().orElseThrow(() -> new AssertionError("no " + property));
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(Files.newBufferedReader(file)));
    }
}
