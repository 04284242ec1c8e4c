package io.elan.mentoring.report.internal;

import io.elan.mentoring.report.model.AnswerCount;
import io.elan.mentoring.report.model.EngagementLevel;
import io.elan.mentoring.report.model.ItemGroup;
import io.elan.mentoring.report.model.ItemStatistics;
import io.elan.mentoring.report.model.ItemType;
import io.elan.mentoring.report.model.MatchingRecord;
import io.elan.mentoring.report.model.MessageRecord;
import io.elan.mentoring.report.model.PairEvent;
import io.elan.mentoring.report.model.PairFinding;
import io.elan.mentoring.report.model.PairRecord;
import io.elan.mentoring.report.model.ReportInput;
import io.elan.mentoring.report.model.RoleComparison;
import io.elan.mentoring.report.model.ScaleReading;
import io.elan.mentoring.report.model.SessionRecord;
import io.elan.mentoring.report.model.SurveyItem;
import io.elan.mentoring.report.model.SurveyRecord;
import io.elan.mentoring.report.model.WeekRecord;
import io.elan.mentoring.spi.program.Role;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The report's figures as CSV files a spreadsheet in the report's language opens as they are: UTF-8 with a byte
 * order mark (which Excel needs to read accents), a semicolon between fields and a decimal comma in French, a comma
 * and a decimal point in English, RFC 4180 quoting and line ends, dates as {@code yyyy-MM-dd} and times as
 * {@code HH:mm} in the program's zone. Each file gives labels in the report's language and, beside them, the
 * engine's codes, which do not change with the language. Not thread-safe.
 */
public final class CsvExports {
    /** The byte order mark each file starts with. */
    public static final String BOM = "\uFEFF";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ReportInput input;
    private final Words words;
    private final Numbers numbers;
    private final Labels labels;
    private final Readings readings;
    private final CSVFormat format;

    /** @param input what the report is made from */
    public CsvExports(ReportInput input) {
        this.input = input;
        this.words = new Words(input.locale());
        this.numbers = new Numbers(words);
        this.labels = new Labels(words);
        this.readings = new Readings(words, numbers);
        this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(words.french() ? ';' : ',')
                .setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator("\r\n")
                .get();
    }

    /**
     * @param words the report's language
     * @return the names of the files, in the order {@link #files()} gives them; the survey files and the proposed
     *     pairs are listed whether or not the input has a survey or a confirmed proposal
     */
    public static List<String> names(Words words) {
        return List.of(words.pick("binomes.csv", "pairs.csv"),
                words.pick("historique-binomes.csv", "pair-history.csv"),
                words.pick("semaines.csv", "weeks.csv"),
                words.pick("temps-collectifs.csv", "sessions.csv"),
                words.pick("messages.csv", "messages.csv"),
                words.pick("questionnaire.csv", "survey.csv"),
                words.pick("questionnaire-statistiques.csv", "survey-statistics.csv"),
                words.pick("binomes-proposes.csv", "proposed-pairs.csv"));
    }

    /**
     * @return each file's name and content, in a fixed order; the survey files only when there is a survey, the
     *     proposed pairs only when a proposal was confirmed
     */
    public Map<String, String> files() {
        List<String> names = names(words);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(names.get(0), pairs());
        files.put(names.get(1), history());
        files.put(names.get(2), weeks());
        files.put(names.get(3), sessions());
        files.put(names.get(4), messages());
        SurveyRecord survey = input.survey();
        if (survey != null) {
            files.put(names.get(5), surveyAnswers(survey));
            files.put(names.get(6), surveyStatistics(survey));
        }
        MatchingRecord matching = input.matching();
        if (matching != null) {
            files.put(names.get(7), proposedPairs(matching));
        }
        return files;
    }

    /** Every pair matching formed, with its score and the criteria that made it, then everyone left out and why. */
    private String proposedPairs(MatchingRecord matching) {
        return write(List.of("mentor", words.pick("mentoré", "mentee"), "score", words.pick("score maximal",
                "highest possible score"), words.pick("fixé par l’équipe", "pinned by the team"),
                words.pick("critères", "criteria"), words.pick("sans binôme : motif", "left out: reason")), rows -> {
                    for (MatchingRecord.MatchedPair pair : matching.pairs()) {
                        rows.add(List.of(pair.mentor(), pair.mentee(), Integer.toString(pair.score()),
                                Integer.toString(matching.maxPairScore()), pair.pinned() ? words.pick("oui", "yes")
                                        : words.pick("non", "no"), String.join(" | ", pair.reasons()), ""));
                    }
                    for (MatchingRecord.LeftOut person : matching.unmatched()) {
                        boolean mentor = person.role() == Role.MENTOR;
                        rows.add(List.of(mentor ? person.name() : "", mentor ? "" : person.name(), "",
                                Integer.toString(matching.maxPairScore()), "", "",
                                person.reason() + words.colon() + person.explanation()));
                    }
                });
    }

    private String pairs() {
        return write(List.of(words.pick("binôme", "pair"), "mentor", words.pick("mentoré", "mentee"),
                words.pick("niveau", "level"), words.pick("constats du jour", "findings today"),
                words.pick("à appeler", "person to call"), words.pick("pourquoi l’appeler", "why them"),
                words.pick("relances", "nudges"), words.pick("escalades", "escalations"),
                words.pick("code niveau", "level code")), rows -> {
                    for (PairRecord pair : input.pairs()) {
                        List<String> findings = new ArrayList<>();
                        for (PairFinding finding : pair.findings()) {
                            String whose = finding.person() == null ? ""
                                    : (finding.person().equals(pair.mentor().id()) ? pair.mentor() : pair.mentee())
                                            .name() + words.colon();
                            findings.add(whose + finding.text());
                        }
                        CallAdvice call = pair.level().needsAttention() ? CallAdvice.of(pair, words, numbers, labels)
                                : null;
                        rows.add(List.of(pair.id(), pair.mentor().name(), pair.mentee().name(),
                                labels.level(pair.level()), String.join(" | ", findings),
                                call == null ? "" : call.member().name(), call == null ? "" : call.why(),
                                Long.toString(count(pair, PairEvent.Kind.NUDGED)),
                                Long.toString(count(pair, PairEvent.Kind.ESCALATED)), pair.level().name()));
                    }
                });
    }

    private static long count(PairRecord pair, PairEvent.Kind kind) {
        return pair.history().stream().filter(e -> e.kind() == kind).count();
    }

    private String history() {
        return write(List.of(words.pick("binôme", "pair"), "mentor", words.pick("mentoré", "mentee"), "date",
                words.pick("étape", "step"), words.pick("qui", "who"), words.pick("détail", "detail"),
                words.pick("code étape", "step code"), words.pick("code constat", "finding code")), rows -> {
                    for (PairRecord pair : input.pairs()) {
                        for (PairEvent event : pair.history()) {
                            rows.add(List.of(pair.id(), pair.mentor().name(), pair.mentee().name(),
                                    event.date().toString(), labels.event(event.kind()),
                                    String.join(", ", event.who()), event.detail(), event.kind().name(),
                                    event.findingCode() == null ? "" : event.findingCode()));
                        }
                    }
                });
    }

    private String weeks() {
        List<String> headers = new ArrayList<>(List.of(words.pick("semaine", "week"), words.pick("du", "from"),
                words.pick("semaine creuse", "quiet week")));
        for (EngagementLevel level : EngagementLevel.values()) {
            headers.add(labels.level(level));
        }
        headers.add(words.pick("binômes qui se sont vus", "pairs that met"));
        headers.add(words.pick("binômes en contact", "pairs in touch"));
        return write(headers, rows -> {
            for (WeekRecord week : input.weeks()) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(week.week()), week.firstDay().toString(),
                        week.quiet() ? words.pick("oui", "yes") : words.pick("non", "no")));
                for (EngagementLevel level : EngagementLevel.values()) {
                    row.add(Integer.toString(week.pairsByLevel().get(level)));
                }
                row.add(Integer.toString(week.pairsMet()));
                row.add(Integer.toString(week.pairsInTouch()));
                rows.add(row);
            }
        });
    }

    private String sessions() {
        return write(List.of("date", words.pick("heure", "time"), "format", words.pick("temps collectif", "session"),
                words.pick("pour", "for"), words.pick("invités", "invited"), words.pick("présents", "present"),
                words.pick("part de présents", "share present"), words.pick("code format", "format code"),
                words.pick("identifiant", "id")), rows -> {
                    for (SessionRecord session : input.sessions()) {
                        rows.add(List.of(session.start().toLocalDate().toString(), TIME.format(session.start()),
                                labels.format(session.format()), session.title(),
                                labels.audience(session.audience()), Integer.toString(session.invited()),
                                Integer.toString(session.attended()), numbers.exact(session.rate()),
                                session.format().name(), session.id()));
                    }
                });
    }

    private String messages() {
        return write(List.of("date", words.pick("heure", "time"), words.pick("état", "state"),
                words.pick("sorte", "kind"), words.pick("canal", "channel"),
                words.pick("destinataire", "recipient"), words.pick("objet", "subject"),
                words.pick("code état", "state code"), words.pick("code sorte", "kind code"),
                words.pick("fuseau du destinataire", "recipient’s zone")), rows -> {
                    for (MessageRecord message : input.messages()) {
                        rows.add(List.of(message.at().toLocalDate().toString(), TIME.format(message.at()),
                                labels.delivery(message.delivery()), labels.messageKind(message.kind()),
                                labels.channel(message.channel()), message.recipient(), message.subject(),
                                message.delivery().name(), message.kind(), message.recipientZone().getId()));
                    }
                });
    }

    private String surveyAnswers(SurveyRecord survey) {
        return write(List.of(words.pick("groupe", "group"), words.pick("question", "question"),
                words.pick("répondants", "respondents"), words.pick("réponse", "answer"),
                words.pick("nombre", "count"), words.pick("masqué", "withheld"),
                words.pick("code question", "question code"), words.pick("type", "type"),
                words.pick("code réponse", "answer code")), rows -> {
                    for (SurveyItem item : survey.items()) {
                        for (ItemGroup group : item.groups()) {
                            if (!group.shown()) {
                                rows.add(List.of(group.group(), item.question(), "", "", "",
                                        String.valueOf(group.withheld()), item.id(), item.type().name(), ""));
                                continue;
                            }
                            String n = String.valueOf(group.respondents());
                            if (group.answers().isEmpty()) {
                                rows.add(List.of(group.group(), item.question(), n, "", "", "", item.id(),
                                        item.type().name(), ""));
                            }
                            for (AnswerCount answer : group.answers()) {
                                rows.add(List.of(group.group(), item.question(), n, answer.label(),
                                        Long.toString(answer.count()), "", item.id(), item.type().name(),
                                        answer.value()));
                            }
                        }
                    }
                });
    }

    private String surveyStatistics(SurveyRecord survey) {
        return write(List.of(words.pick("groupe", "group"), words.pick("sujet", "subject"),
                words.pick("statistique", "statistic"), words.pick("valeur", "value"),
                words.pick("lecture", "reading"), words.pick("code sujet", "subject code")), rows -> {
                    for (SurveyItem item : survey.items()) {
                        for (ItemGroup group : item.groups()) {
                            ItemStatistics statistics = group.statistics();
                            if (statistics == null) {
                                continue;
                            }
                            if (statistics.mean() != null) {
                                rows.add(statistic(group.group(), item.question(), "mean", statistics.mean(), "",
                                        item.id()));
                            }
                            ItemStatistics.Favourable f = statistics.favourable();
                            if (f != null) {
                                // The page reads a score's favourable share as its promoters, in the NPS reading.
                                String reading = item.type() == ItemType.SCORE ? ""
                                        : readings.favourable(item.type(), f);
                                rows.add(statistic(group.group(), item.question(), "favourable_share", f.share(),
                                        reading, item.id()));
                                rows.add(statistic(group.group(), item.question(), "favourable_lower", f.lower(), "",
                                        item.id()));
                                rows.add(statistic(group.group(), item.question(), "favourable_upper", f.upper(), "",
                                        item.id()));
                            }
                            ItemStatistics.NetPromoter nps = statistics.netPromoterScore();
                            if (nps != null) {
                                rows.add(statistic(group.group(), item.question(), "net_promoter_score", nps.score(),
                                        readings.netPromoter(nps), item.id()));
                            }
                        }
                    }
                    for (ScaleReading scale : survey.scales()) {
                        ScaleReading.Figures figures = scale.figures();
                        if (figures != null) {
                            String reading = readings.scale(scale);
                            if (figures.cronbachAlpha() != null) {
                                rows.add(statistic(scale.group(), scale.name(), "cronbach_alpha",
                                        figures.cronbachAlpha(), reading, scale.scale()));
                            }
                            rows.add(statistic(scale.group(), scale.name(), "scale_mean", figures.mean(),
                                    figures.cronbachAlpha() == null ? reading : "", scale.scale()));
                        }
                    }
                    for (RoleComparison comparison : survey.comparisons()) {
                        RoleComparison.MannWhitney test = comparison.test();
                        if (test != null) {
                            String group = words.pick("mentors et mentorés", "mentors and mentees");
                            rows.add(statistic(group, comparison.question(), "mann_whitney_p", test.p(),
                                    readings.comparison(comparison), comparison.item()));
                            rows.add(statistic(group, comparison.question(), "mann_whitney_u", test.u(), "",
                                    comparison.item()));
                            rows.add(statistic(group, comparison.question(), "rank_biserial", test.rankBiserial(), "",
                                    comparison.item()));
                        }
                    }
                });
    }

    private List<String> statistic(String group, String subject, String statistic, double value, String reading,
            String code) {
        return List.of(group, subject, statistic, numbers.exact(value), reading, code);
    }

    private interface Rows {
        void fill(List<List<String>> rows);
    }

    private String write(List<String> headers, Rows fill) {
        List<List<String>> rows = new ArrayList<>();
        fill.fill(rows);
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(headers);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a string writer failed", e);
        }
        return out.toString();
    }
}
