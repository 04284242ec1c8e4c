package io.elan.mentoring.report;

import io.elan.mentoring.report.internal.CsvExports;
import io.elan.mentoring.report.internal.ReportPage;
import io.elan.mentoring.report.internal.Words;
import io.elan.mentoring.report.model.ReportInput;
import io.elan.mentoring.spi.validation.Checks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The programme report a host shows its programme managers: one self-contained HTML page (inline style and SVG
 * charts, no script, nothing fetched from the network, so it can be mailed or archived as one file) and CSV files
 * with the same figures, all in the input's language.
 *
 * <pre>{@code
 * ReportInput input = ElanReportReader.builder()
 *         .elan(elan).program(tenant, program).programStore(store).outbox(outbox)
 *         .communicationSettings(settings).survey(surveyReport)
 *         .build().read();
 * ProgramReport.of(input).writeTo(folder);
 * }</pre>
 *
 * <p>The page and the files depend on the input alone: the same input gives the same bytes. Immutable and
 * thread-safe.
 */
public final class ProgramReport {
    private final ReportInput input;
    private final Words words;

    private ProgramReport(ReportInput input) {
        this.input = input;
        this.words = new Words(input.locale());
    }

    /**
     * @param input what the report is made from
     * @return the report
     */
    public static ProgramReport of(ReportInput input) {
        return new ProgramReport(Checks.present(input, "input"));
    }

    /**
     * @return the name of the page's file: {@code rapport-programme.html} in French, else
     *     {@code program-report.html}
     */
    public String pageName() {
        return words.pick("rapport-programme.html", "program-report.html");
    }

    /** @return the page */
    public String html() {
        return new ReportPage(input, List.copyOf(csv().keySet())).render();
    }

    /**
     * @return each CSV file's name and content, in a fixed order: pairs, their history, weeks, sessions, messages,
     *     then the survey's answers and statistics when there is a survey, then the proposed pairs when a proposal
     *     was confirmed
     */
    public Map<String, String> csv() {
        return new CsvExports(input).files();
    }

    /**
     * Writes the page and the CSV files, replacing files of the same names.
     *
     * @param folder an existing, writable folder
     * @return the files written, the page first
     * @throws IOException if a file cannot be written
     */
    public List<Path> writeTo(Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(Files.writeString(folder.resolve(pageName()), html(), StandardCharsets.UTF_8));
        for (Map.Entry<String, String> file : csv().entrySet()) {
            written.add(Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8));
        }
        return written;
    }
}
