package io.elan.mentoring.samples.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.elan.mentoring.core.communication.rendering.MessageRenderer;
import io.elan.mentoring.core.communication.rendering.RenderedMessage;
import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.Finding;
import io.elan.mentoring.core.engagement.PairAssessment;
import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.engagement.ReasonTexts;
import io.elan.mentoring.core.json.ElanModule;
import io.elan.mentoring.report.ProgramReport;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.survey.report.SurveyReportText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes a run's outputs: the calendar (.ics), the messages sent (one file per channel, as the channel shows them),
 * the engagement findings (text and JSON), the mid-point survey report (text and JSON), and the programme report
 * (one HTML page and its CSV files) written with {@code mentoring-report}. Nothing in them depends on the wall clock,
 * so the same seed gives the same bytes.
 */
final class SimulationOutputs {
    static final String CALENDAR = "calendrier-programme.ics";
    static final String FINDINGS_TEXT = "engagement-constats.txt";
    static final String FINDINGS_JSON = "engagement-constats.json";
    static final String SURVEY_TEXT = "questionnaire-mi-parcours.txt";
    static final String SURVEY_JSON = "questionnaire-mi-parcours.json";
    static final String MESSAGES_PREFIX = "messages-";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * The findings as the JSON output holds them.
     *
     * @param program the program
     * @param asOf the evaluated day
     * @param lastWeek the last completed program week
     * @param pairsByStatus how many pairs stand at each status, from engaged to disengaged
     * @param pairs every assessed pair, the most worrying first
     * @param programFindings findings about the whole program
     */
    record FindingsDocument(String program, String asOf, int lastWeek, Map<String, Integer> pairsByStatus,
            List<PairEntry> pairs, List<FindingEntry> programFindings) {}

    /**
     * One assessed pair.
     *
     * @param pair the pair id
     * @param mentor the mentor's name
     * @param mentee the mentee's name
     * @param status the pair's status
     * @param findings the reasons, each as a sentence with its numbers
     */
    record PairEntry(String pair, String mentor, String mentee, EngagementStatus status, List<FindingEntry> findings) {}

    /**
     * One finding.
     *
     * @param code why
     * @param severity the status it leads to
     * @param person whom it is about when it is about one person, else {@code null}
     * @param observed what was measured
     * @param reference what it was compared with
     * @param weeks the weeks it covers
     * @param reason the sentence a program manager reads
     */
    record FindingEntry(String code, EngagementStatus severity, @Nullable String person, double observed,
            double reference, int weeks, String reason) {}

    private final SimulationOutcome outcome;
    private final ReportLanguage language;
    private final ObjectMapper json = new ObjectMapper().registerModule(new ElanModule())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param outcome what the run left
     * @param language the language of the outputs
     */
    SimulationOutputs(SimulationOutcome outcome, ReportLanguage language) {
        this.outcome = outcome;
        this.language = language;
    }

    /**
     * @param folder an existing, writable folder
     * @return the files written, in the order written
     * @throws IOException if a file cannot be written
     */
    List<Path> writeTo(Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(write(folder.resolve(CALENDAR), outcome.calendarIcs()));
        for (Map.Entry<Channel, String> channel : messagesByChannel().entrySet()) {
            written.add(write(folder.resolve(MESSAGES_PREFIX + channel.getKey().name() + ".txt"),
                    channel.getValue()));
        }
        FindingsDocument findings = findings();
        written.add(write(folder.resolve(FINDINGS_TEXT), findingsText(findings)));
        written.add(write(folder.resolve(FINDINGS_JSON), json.writeValueAsString(findings) + "\n"));
        written.add(write(folder.resolve(SURVEY_TEXT),
                SurveyReportText.render(outcome.survey(), language.locale())));
        written.add(write(folder.resolve(SURVEY_JSON), json.writeValueAsString(outcome.survey()) + "\n"));
        written.addAll(ProgramReport.of(outcome.report()).writeTo(folder));
        return written;
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Each channel's messages, rendered as the channel shows them: the text of an e-mail, a WhatsApp message. */
    private Map<Channel, String> messagesByChannel() {
        MessageRenderer renderer = MessageRenderer.defaults();
        Map<Channel, StringBuilder> files = new TreeMap<>(Comparator.comparing(Channel::name));
        Map<Channel, Integer> counts = new LinkedHashMap<>();
        for (RecordingGateway.Sent sent : outcome.messages()) {
            OutgoingMessage message = sent.message();
            RenderedMessage rendered = renderer.render(message);
            counts.merge(message.channel(), 1, Integer::sum);
            files.computeIfAbsent(message.channel(), c -> new StringBuilder())
                    .append("──────────────────────────────────────────────\n")
                    .append(WHEN.format(sent.sentAt().atZone(ProgramSimulation.PARIS))).append(" · ")
                    .append(outcome.nameOf(message.recipient())).append(" · ").append(message.kind()).append('\n')
                    .append(language.pick("Objet\u00a0: ", "Subject: ")).append(rendered.subject()).append("\n\n")
                    .append(rendered.text().strip()).append("\n\n");
        }
        Map<Channel, String> texts = new LinkedHashMap<>();
        files.forEach((channel, body) -> texts.put(channel, language.format(
                "Messages envoyés sur le canal %s\u00a0: %d\n\n", "Messages sent on the %s channel: %d\n\n",
                channel.name(), counts.get(channel)) + body));
        return texts;
    }

    private FindingsDocument findings() {
        ProgramAssessment assessment = outcome.assessment();
        ReasonTexts texts = new ReasonTexts();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (EngagementStatus status : EngagementStatus.values()) {
            byStatus.put(status.name(), 0);
        }
        List<PairEntry> pairs = new ArrayList<>();
        for (PairAssessment pair : assessment.pairs()) {
            byStatus.merge(pair.status().name(), 1, Integer::sum);
            pairs.add(new PairEntry(pair.pair().value(), outcome.nameOf(pair.mentor()),
                    outcome.nameOf(pair.mentee()), pair.status(),
                    pair.findings().stream().map(f -> entry(f, texts)).toList()));
        }
        pairs.sort(Comparator.comparing(PairEntry::status).reversed().thenComparing(PairEntry::pair));
        return new FindingsDocument(outcome.program().value(), assessment.asOf().toString(), assessment.lastWeek(),
                byStatus, pairs, assessment.programFindings().stream().map(f -> entry(f, texts)).toList());
    }

    private FindingEntry entry(Finding finding, ReasonTexts texts) {
        String reason = texts.describe(finding, language.locale());
        @Nullable String person = finding.person() == null ? null : outcome.nameOf(finding.person());
        // A pair carries its members' findings too: say whose it is, or the mentor's and the mentee's read the same.
        return new FindingEntry(finding.code().name(), finding.severity(), person, finding.observed(),
                finding.reference(), finding.weeks(),
                person == null ? reason : person + language.pick("\u00a0: ", ": ") + reason);
    }

    private String findingsText(FindingsDocument findings) {
        ReasonTexts texts = new ReasonTexts();
        Locale locale = language.locale();
        StringBuilder text = new StringBuilder();
        text.append(language.format("Engagement des binômes au %s (semaine %d du programme)\n",
                "Pair engagement on %s (program week %d)\n", findings.asOf(), findings.lastWeek()));
        text.append(language.pick("Binômes par statut\u00a0: ", "Pairs by status: "));
        List<String> counts = new ArrayList<>();
        findings.pairsByStatus().forEach((status, count) ->
                counts.add(texts.label(EngagementStatus.valueOf(status), locale) + " " + count));
        text.append(String.join(", ", counts)).append("\n\n");
        for (PairEntry pair : findings.pairs()) {
            if (pair.findings().isEmpty()) {
                continue;
            }
            text.append('[').append(texts.label(pair.status(), locale).toUpperCase(locale)).append("] ")
                    .append(pair.mentor()).append(" & ").append(pair.mentee()).append(" (").append(pair.pair())
                    .append(")\n");
            for (FindingEntry finding : pair.findings()) {
                text.append("  - ").append(finding.reason()).append('\n');
            }
            text.append('\n');
        }
        long quiet = findings.pairs().stream().filter(p -> p.findings().isEmpty()).count();
        text.append(language.format("%d binômes sans constat.\n", "%d pairs without any finding.\n", quiet));
        if (!findings.programFindings().isEmpty()) {
            text.append(language.pick("\nSur l’ensemble du programme\u00a0:\n", "\nProgram-wide:\n"));
            findings.programFindings().forEach(f -> text.append("  - ").append(f.reason()).append('\n'));
        }
        return text.toString();
    }
}
