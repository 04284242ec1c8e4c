package io.elan.mentoring.report.internal;

import io.elan.mentoring.report.internal.markup.Html;
import io.elan.mentoring.report.internal.markup.Palette;
import io.elan.mentoring.report.internal.markup.Colour;
import static io.elan.mentoring.report.internal.markup.Html.escape;

import io.elan.mentoring.report.internal.chart.AgreementChart;
import io.elan.mentoring.report.internal.chart.BarChart;
import io.elan.mentoring.report.internal.chart.WeeklyChart;
import io.elan.mentoring.report.model.ActivityTotals;
import io.elan.mentoring.report.model.AnswerCount;
import io.elan.mentoring.report.model.CalendarEntry;
import io.elan.mentoring.report.model.CalendarRecord;
import io.elan.mentoring.report.model.Closure;
import io.elan.mentoring.report.model.EngagementLevel;
import io.elan.mentoring.report.model.ItemGroup;
import io.elan.mentoring.report.model.ItemStatistics;
import io.elan.mentoring.report.model.ItemType;
import io.elan.mentoring.report.model.Member;
import io.elan.mentoring.report.model.LateJoinerRecord;
import io.elan.mentoring.report.model.MatchingRecord;
import io.elan.mentoring.report.model.MessageRecord;
import io.elan.mentoring.report.model.ParityRecord;
import io.elan.mentoring.report.model.PairEvent;
import io.elan.mentoring.report.model.PairFinding;
import io.elan.mentoring.report.model.PairRecord;
import io.elan.mentoring.report.model.ReportInput;
import io.elan.mentoring.report.model.SendingRules;
import io.elan.mentoring.report.model.SessionRecord;
import io.elan.mentoring.report.model.SurveyItem;
import io.elan.mentoring.report.model.SurveyRecord;
import io.elan.mentoring.report.model.SurveyWindow;
import io.elan.mentoring.report.model.WeekRecord;
import io.elan.mentoring.report.model.WorkshopTheme;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes the programme report's page from its input: a summary, the pairs needing attention with whom to call and
 * their history, the momentum week by week, attendance, the survey with a reading of every statistic, the calendar
 * with why each date, and the messages sent. Not thread-safe; one page per instance.
 */
public final class ReportPage {
    /** The id of the chart of pairs by level. */
    public static final String LEVELS_CHART = "chart-pairs-by-level";
    /** The id of the chart of levels week by week. */
    public static final String WEEKLY_LEVELS_CHART = "chart-levels-by-week";
    /** The id of the chart of pairs in touch week by week. */
    public static final String CONTACT_CHART = "chart-pairs-in-touch";
    /** The id of the chart of attendance per session. */
    public static final String SESSIONS_CHART = "chart-attendance-by-session";
    /** The id of the chart of attendance per format. */
    public static final String FORMATS_CHART = "chart-attendance-by-format";
    /** The id of the chart of agreement answers. */
    public static final String AGREEMENT_CHART = "chart-agreement";
    /** The id of the chart of pairs by matching score. */
    public static final String MATCHING_CHART = "chart-matching-scores";
    /** How many bands of score the matching chart shows, as {@code ProposalQuality} counts them. */
    static final int SCORE_BANDS = 10;

    private static final int MAX_THEMES = 5;

    private final ReportInput input;
    private final Words words;
    private final Numbers numbers;
    private final Dates dates;
    private final Labels labels;
    private final Readings readings;
    private final List<String> files;
    private final Page page = new Page();

    /**
     * @param input what the report is made from
     * @param files the names of the CSV files that go with the page, listed at its end
     */
    public ReportPage(ReportInput input, List<String> files) {
        this.input = input;
        this.words = new Words(input.locale());
        this.numbers = new Numbers(words);
        this.dates = new Dates(words);
        this.labels = new Labels(words);
        this.readings = new Readings(words, numbers);
        this.files = List.copyOf(files);
    }

    /** @return the page */
    public String render() {
        header();
        summary();
        matching();
        attention();
        momentum();
        attendance();
        survey();
        calendar();
        messages();
        footer();
        String title = words.format("%s : rapport au %s", "%s: report on %s", input.program().name(),
                dates.day(input.asOf()));
        return page.render(words.locale().getLanguage(), title);
    }

    private void header() {
        page.heading(1, "", input.program().name());
        boolean over = !input.asOf().isBefore(input.program().closing());
        page.element("p", "lead", words.format("%s au %s · programme du %s au %s · %s binômes · heures de %s",
                "%s on %s · program from %s to %s · %s pairs · times in %s",
                over ? words.pick("Bilan", "Final report") : words.pick("Rapport", "Report"),
                dates.day(input.asOf()), dates.day(input.program().kickOff()), dates.day(input.program().closing()),
                numbers.count(input.pairs().size()), input.program().zone().getId()));
        page.raw("<nav aria-label=\"" + escape(words.pick("Sommaire", "Contents")) + "\"><ul>");
        for (String[] link : sections()) {
            page.raw("<li><a href=\"#" + link[0] + "\">" + escape(link[1]) + "</a></li>");
        }
        page.raw("</ul></nav>\n");
    }

    private List<String[]> sections() {
        List<String[]> sections = new ArrayList<>();
        sections.add(new String[] {"summary", words.pick("En bref", "At a glance")});
        if (input.matching() != null) {
            sections.add(new String[] {"matching", words.pick("Formation des binômes", "How the pairs were matched")});
        }
        sections.add(new String[] {"attention", words.pick("Binômes à suivre", "Pairs needing attention")});
        sections.add(new String[] {"momentum", words.pick("L’élan, semaine par semaine", "Momentum, week by week")});
        sections.add(new String[] {"attendance", words.pick("Présence", "Attendance")});
        if (input.survey() != null) {
            sections.add(new String[] {"survey", words.pick("Questionnaire", "Survey")});
        }
        if (input.calendar() != null) {
            sections.add(new String[] {"calendar", words.pick("Calendrier", "Calendar")});
        }
        sections.add(new String[] {"messages", words.pick("Messages", "Messages")});
        return sections;
    }

    private Map<EngagementLevel, Integer> levels() {
        Map<EngagementLevel, Integer> counts = new EnumMap<>(EngagementLevel.class);
        for (EngagementLevel level : EngagementLevel.values()) {
            counts.put(level, 0);
        }
        input.pairs().forEach(p -> counts.merge(p.level(), 1, Integer::sum));
        return counts;
    }

    private void summary() {
        page.heading(2, "summary", words.pick("En bref", "At a glance"));
        Map<EngagementLevel, Integer> levels = levels();
        int attention = input.pairs().size() - levels.get(EngagementLevel.ENGAGED);
        int invited = input.sessions().stream().mapToInt(SessionRecord::invited).sum();
        int attended = input.sessions().stream().mapToInt(SessionRecord::attended).sum();
        long sent = input.messages().stream().filter(m -> m.delivery() == MessageRecord.Delivery.SENT).count();
        page.raw("<ul class=\"figures\">");
        figure(numbers.count(input.pairs().size()), words.pick("binômes", "pairs"),
                words.format("dont %s à suivre", "%s needing attention", numbers.count(attention)));
        figure(numbers.count(input.sessions().size()), words.pick("temps collectifs tenus", "collective sessions held"),
                words.format("présence moyenne %s", "average attendance %s",
                        numbers.percent(invited == 0 ? 0 : (double) attended / invited)));
        figure(numbers.count(input.activity().pairMeetings()), words.pick("rencontres de binôme", "pair meetings"),
                words.format("et %s échanges de messages déclarés", "and %s message exchanges reported",
                        numbers.count(input.activity().pairMessages())));
        figure(numbers.count(sent), words.pick("messages envoyés", "messages sent"), waitingNote());
        figure(numbers.count(input.activity().hotline().raised()), words.pick("demandes à la hotline",
                "hotline requests"), words.format("%s traitées, dont %s hors délai", "%s answered, %s of them late",
                numbers.count(input.activity().hotline().answered()),
                numbers.count(input.activity().hotline().answeredLate())));
        figure(numbers.count(input.activity().followUps().logged()), words.pick("appels de suivi",
                "follow-up calls"), words.format("dont %s avec une inquiétude", "%s of which raised a concern",
                numbers.count(input.activity().followUps().concerns())));
        SurveyRecord survey = input.survey();
        if (survey != null && survey.participation() != null) {
            figure(numbers.count(survey.participation().respondents()), words.pick("réponses au questionnaire",
                    "survey answers"), words.format("sur %s invitations (%s)", "out of %s invitations (%s)",
                    numbers.count(survey.participation().invited()),
                    numbers.percent(survey.participation().rate())));
        }
        page.raw("</ul>\n");
        ActivityTotals.Hotline hotline = input.activity().hotline();
        ActivityTotals.FollowUps followUps = input.activity().followUps();
        page.paragraph(words.format("Hotline : %s demandes, %s traitées dont %s hors délai ; %s réponses envoyées à "
                        + "ceux qui ont demandé, %s alertes à l’équipe pour une demande en retard. Appels de suivi : "
                        + "%s, dont %s ont fait remonter une inquiétude, signalée à l’équipe (%s messages).",
                "Hotline: %s requests, %s answered, %s of them late; %s answers sent to those who asked, %s alerts "
                        + "to the team about a late request. Follow-up calls: %s, %s of which raised a concern, "
                        + "escalated to the team (%s messages).", numbers.count(hotline.raised()),
                numbers.count(hotline.answered()), numbers.count(hotline.answeredLate()),
                numbers.count(sent(Labels.HOTLINE_ANSWER)), numbers.count(sent(Labels.HOTLINE_ALERT)),
                numbers.count(followUps.logged()), numbers.count(followUps.concerns()),
                numbers.count(sent(Labels.FOLLOW_UP_CONCERN))));

        List<BarChart.Bar> bars = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (EngagementLevel level : EngagementLevel.values()) {
            int count = levels.get(level);
            String label = labels.level(level);
            bars.add(new BarChart.Bar(List.of(label), count, numbers.count(count), Palette.level(level),
                    label + words.colon() + numbers.count(count)));
            parts.add(label + words.colon() + numbers.count(count));
        }
        String title = words.format("Binômes par niveau d’engagement au %s", "Pairs by engagement level on %s",
                dates.day(input.asOf()));
        page.figure(title, BarChart.draw(LEVELS_CHART, title, String.join(words.semicolon(), parts) + ".", bars,
                BarChart.Axis.counts(input.pairs().size(), v -> numbers.count((long) v),
                        words.pick("nombre de binômes", "number of pairs"))));
        page.paragraph(attention == 0
                ? words.pick("Aucun binôme ne demande d’attention.", "No pair needs attention.")
                : words.format("%s binômes demandent de l’attention : %s décrochés, %s à risque, %s à surveiller. "
                                + "Chacun est détaillé ci-dessous avec la personne à appeler.",
                        "%s pairs need attention: %s disengaged, %s at risk, %s to watch. Each one is detailed "
                                + "below with the person to call.", numbers.count(attention),
                        numbers.count(levels.get(EngagementLevel.DISENGAGED)),
                        numbers.count(levels.get(EngagementLevel.AT_RISK)),
                        numbers.count(levels.get(EngagementLevel.WATCH))));
    }

    /**
     * How the pairs were matched: the scores' spread in figures and in a chart of score bands, then everyone left
     * without a pair with the reason.
     */
    private void matching() {
        MatchingRecord matching = input.matching();
        if (matching == null) {
            return;
        }
        page.heading(2, "matching", words.pick("Formation des binômes", "How the pairs were matched"));
        int[] scores = matching.pairs().stream().mapToInt(MatchingRecord.MatchedPair::score).sorted().toArray();
        long pinned = matching.pairs().stream().filter(MatchingRecord.MatchedPair::pinned).count();
        String spread = scores.length == 0 ? words.pick("aucun binôme proposé", "no pair proposed")
                : words.format("score le plus bas %s, médian %s, le plus haut %s, sur %s points possibles",
                        "lowest score %s, median %s, highest %s, out of %s points",
                        numbers.count(scores[0]), numbers.count(scores[(scores.length - 1) / 2]),
                        numbers.count(scores[scores.length - 1]), numbers.count(matching.maxPairScore()));
        page.paragraph(words.format("%s binômes formés par l’appariement (%s propositions confirmées, la dernière le "
                        + "%s), dont %s fixés par l’équipe ; %s. Chaque score additionne les critères du programme "
                        + "(objectifs partagés, écart d’ancienneté, département, lieu, souhaits) ; le fichier des "
                        + "binômes proposés donne ceux de chaque binôme.",
                "%s pairs formed by matching (%s proposals confirmed, the last on %s), %s of them pinned by the team; "
                        + "%s. Each score adds up the program’s criteria (shared goals, seniority gap, department, "
                        + "location, wishes); the file of proposed pairs gives each pair’s.",
                numbers.count(scores.length), numbers.count(matching.confirmations()),
                dates.day(matching.confirmedOn()), numbers.count(pinned), spread));
        if (scores.length > 0) {
            scoreChart(matching, scores);
        }
        if (matching.unmatched().isEmpty()) {
            page.paragraph(words.pick("La dernière proposition n’a laissé personne sans binôme.",
                    "The last proposal left nobody without a pair."));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (MatchingRecord.LeftOut person : matching.unmatched()) {
            rows.add(List.of(escape(person.name()), escape(labels.role(person.role())), escape(person.reason()),
                    escape(person.explanation())));
        }
        page.table(words.format("Sans binôme après la dernière proposition : %s", "Without a pair after the last "
                        + "proposal: %s", numbers.count(rows.size())),
                List.of(words.pick("Personne", "Person"), words.pick("Rôle", "Role"), words.pick("Motif", "Reason"),
                        words.pick("Pourquoi", "Why")), rows);
    }

    /** Pairs by tenth of the highest possible score, the bands {@code ProposalQuality} counts. */
    private void scoreChart(MatchingRecord matching, int[] scores) {
        int max = matching.maxPairScore();
        int[] bands = new int[SCORE_BANDS];
        for (int score : scores) {
            bands[max == 0 ? SCORE_BANDS - 1 : Math.min(SCORE_BANDS - 1, (int) ((long) score * SCORE_BANDS / max))]++;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        int highest = 0;
        for (int band = SCORE_BANDS - 1; band >= 0; band--) {
            long low = ((long) band * max + SCORE_BANDS - 1) / SCORE_BANDS;
            long high = band == SCORE_BANDS - 1 ? max : ((long) (band + 1) * max + SCORE_BANDS - 1) / SCORE_BANDS - 1;
            if (low > high) {
                continue;
            }
            String label = low == high ? words.format("%s points", "%s points", numbers.count(low))
                    : words.format("%s à %s points", "%s to %s points", numbers.count(low), numbers.count(high));
            bars.add(new BarChart.Bar(List.of(label), bands[band], numbers.count(bands[band]), Palette.PRIMARY,
                    label + words.colon() + numbers.count(bands[band])));
            parts.add(label + words.colon() + numbers.count(bands[band]));
            highest = Math.max(highest, bands[band]);
        }
        String title = words.pick("Binômes par score d’appariement", "Pairs by matching score");
        page.figure(title, BarChart.draw(MATCHING_CHART, title, String.join(words.semicolon(), parts) + ".", bars,
                BarChart.Axis.counts(highest, v -> numbers.count((long) v), words.pick("nombre de binômes",
                        "number of pairs"))));
    }

    /** @return how many messages of a kind were sent */
    private long sent(String kind) {
        return input.messages().stream()
                .filter(m -> m.delivery() == MessageRecord.Delivery.SENT && m.kind().equals(kind)).count();
    }

    /** @return the sending hours as a reader says them: "en semaine, de 09:00 à 18:00" */
    private String hours(SendingRules rules) {
        String days = rules.days().equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
                ? words.pick("en semaine", "on weekdays")
                : rules.days().stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, words.locale()))
                        .collect(Collectors.joining(", "));
        return words.format("%s, de %s à %s", "%s, %s to %s", days, rules.from(), rules.until());
    }

    private String delay(Duration delay) {
        if (delay.toMinutesPart() != 0 || delay.isZero()) {
            return numbers.count(delay.toMinutes()) + " min";
        }
        return numbers.count(delay.toHours()) + (words.french() ? " h" : delay.toHours() == 1 ? " hour" : " hours");
    }

    private String waitingNote() {
        long waiting = input.messages().stream().filter(m -> m.delivery() == MessageRecord.Delivery.WAITING).count();
        long givenUp = input.messages().stream().filter(m -> m.delivery() == MessageRecord.Delivery.GIVEN_UP)
                .count();
        return words.format("%s en attente, %s abandonnés", "%s waiting, %s given up", numbers.count(waiting),
                numbers.count(givenUp));
    }

    private void figure(String value, String what, String note) {
        page.raw("<li><strong>" + escape(value) + "</strong>" + escape(what) + "<br/><span class=\"note\">"
                + escape(note) + "</span></li>");
    }

    private List<PairRecord> needingAttention() {
        return input.pairs().stream().filter(p -> p.level().needsAttention())
                .sorted(Comparator.comparing(PairRecord::level).reversed()
                        .thenComparing(p -> p.findings().stream().map(PairFinding::since).min(Comparator
                                .naturalOrder()).orElse(input.asOf()))
                        .thenComparing(PairRecord::names))
                .toList();
    }

    private void attention() {
        page.heading(2, "attention", words.pick("Binômes à suivre", "Pairs needing attention"));
        List<PairRecord> pairs = needingAttention();
        if (pairs.isEmpty()) {
            page.paragraph(words.format("Aucun binôme ne demande d’attention au %s.", "No pair needs attention on %s.",
                    dates.day(input.asOf())));
        } else {
            page.paragraph(words.pick("Du plus grave au moins grave. Pour chaque binôme : la personne à appeler et "
                            + "pourquoi, ses constats du jour, un par ligne, puis son historique : quand il a été "
                            + "signalé, relancé, escaladé à l’équipe, et ce qui a été résolu.",
                    "Most severe first. For each pair: the person to call and why, its findings today, one per "
                            + "line, then its history: when it was flagged, nudged, escalated to the team, and what "
                            + "was resolved."));
        }
        for (PairRecord pair : pairs) {
            pairCard(pair);
        }
        List<PairRecord> recovered = input.pairs().stream()
                .filter(p -> !p.level().needsAttention() && p.history().stream()
                        .anyMatch(e -> e.kind() == PairEvent.Kind.FLAGGED))
                .sorted(Comparator.comparing(PairRecord::names)).toList();
        if (!recovered.isEmpty()) {
            page.heading(3, "", words.pick("Binômes repartis", "Pairs back on track"));
            page.paragraph(words.pick("Signalés à un moment, sans constat aujourd’hui :",
                    "Flagged at some point, without any finding today:"));
            List<String> lines = new ArrayList<>();
            for (PairRecord pair : recovered) {
                lines.add(pair.names() + words.colon() + story(pair));
            }
            page.list(lines);
        }
    }

    private String story(PairRecord pair) {
        LocalDate first = pair.history().stream().filter(e -> e.kind() == PairEvent.Kind.FLAGGED)
                .map(PairEvent::date).min(Comparator.naturalOrder()).orElse(input.asOf());
        LocalDate last = pair.history().stream().filter(e -> e.kind() == PairEvent.Kind.RESOLVED)
                .map(PairEvent::date).max(Comparator.naturalOrder()).orElse(input.asOf());
        long nudges = pair.history().stream().filter(e -> e.kind() == PairEvent.Kind.NUDGED).count();
        long escalations = pair.history().stream().filter(e -> e.kind() == PairEvent.Kind.ESCALATED).count();
        List<String> parts = new ArrayList<>();
        parts.add(words.format("signalé le %s", "flagged on %s", dates.day(first)));
        if (nudges > 0) {
            parts.add(words.format("relancé %s", "nudged %s", times(nudges)));
        }
        if (escalations > 0) {
            parts.add(words.format("escaladé %s", "escalated %s", times(escalations)));
        }
        parts.add(words.format("dernier constat résolu le %s", "last finding resolved on %s", dates.day(last)));
        return String.join(", ", parts) + ".";
    }

    /** @return "once", "3 times" in the report's language */
    private String times(long count) {
        return count == 1 ? words.pick("une fois", "once") : words.format("%s fois", "%s times", numbers.count(count));
    }

    private void pairCard(PairRecord pair) {
        Colour colour = Palette.level(pair.level());
        page.raw("<section class=\"pair\" style=\"border-left-color:" + colour + "\">");
        page.raw("<h3><span class=\"badge\" style=\"background:" + colour + ";color:" + colour.text() + "\">"
                + escape(labels.level(pair.level())) + "</span>" + escape(pair.names()) + "</h3>\n");
        CallAdvice call = CallAdvice.of(pair, words, numbers, labels);
        Member member = call.member();
        StringBuilder contact = new StringBuilder();
        if (member.email() != null) {
            contact.append(" · ").append(member.email());
        }
        if (member.phone() != null) {
            contact.append(" · ").append(member.phone());
        }
        page.raw("<p class=\"call\"><strong>" + escape(words.pick("À appeler", "Call")) + escape(words.colon())
                + escape(member.name()) + "</strong> (" + escape(labels.role(member.role())) + ")"
                + escape(contact.toString()) + " — " + escape(call.why()) + "</p>\n");
        page.raw("<ul class=\"findings\">");
        for (PairFinding finding : pair.findings()) {
            String whose = finding.person() == null ? ""
                    : (finding.person().equals(pair.mentor().id()) ? pair.mentor() : pair.mentee()).name()
                            + words.colon();
            page.raw("<li>" + escape(whose + finding.text()) + " <span class=\"note\">"
                    + escape(words.format("(depuis le %s)", "(since %s)", dates.day(finding.since())))
                    + "</span></li>");
        }
        page.raw("</ul>\n");
        if (!pair.history().isEmpty()) {
            page.raw("<table class=\"history\"><caption>" + escape(words.pick("Historique", "History"))
                    + "</caption><tbody>");
            for (List<PairEvent> run : runs(pair.history())) {
                PairEvent event = run.get(0);
                String text = describe(event);
                if (run.size() > 1) {
                    text = times(run.size()) + words.colon() + text + " — " + String.join(", ",
                            run.stream().map(e -> dates.day(e.date())).toList());
                }
                page.raw("<tr><td class=\"when\">" + escape(dates.day(event.date())) + "</td><td><strong>"
                        + escape(labels.event(event.kind())) + "</strong>" + escape(
                                (run.size() > 1 ? " " : words.colon()) + text) + "</td></tr>");
            }
            page.raw("</tbody></table>\n");
        }
        page.raw("</section>\n");
    }

    /**
     * The history as the card shows it: a finding flagged or resolved on its own line; the same nudge or escalation
     * repeated until the next finding changes, on one line that gives every date.
     */
    private static List<List<PairEvent>> runs(List<PairEvent> history) {
        List<List<PairEvent>> runs = new ArrayList<>();
        Map<String, List<PairEvent>> open = new LinkedHashMap<>();
        for (PairEvent event : history) {
            if (event.kind() == PairEvent.Kind.NUDGED || event.kind() == PairEvent.Kind.ESCALATED) {
                open.computeIfAbsent(event.kind() + "\n" + event.detail() + "\n" + event.who(),
                        k -> new ArrayList<>()).add(event);
            } else {
                runs.addAll(open.values());
                open.clear();
                runs.add(List.of(event));
            }
        }
        runs.addAll(open.values());
        return runs;
    }

    private String describe(PairEvent event) {
        String who = String.join(words.pick(" et ", " and "), event.who());
        return switch (event.kind()) {
            case FLAGGED, RESOLVED -> labels.finding(event.findingCode() == null ? "" : event.findingCode())
                    + (who.isEmpty() ? "" : " (" + who + ")");
            case NUDGED -> words.format("message « %s » à %s", "message \"%s\" to %s", event.detail(), who);
            case ESCALATED -> words.format("alerte « %s » à %s", "alert \"%s\" to %s", event.detail(), who);
        };
    }

    private WeeklyChart.Weeks weeks() {
        List<LocalDate> starts = input.weeks().stream().map(WeekRecord::firstDay).toList();
        return new WeeklyChart.Weeks(starts, input.weeks().stream().map(WeekRecord::quiet).toList(),
                dates::month, words.pick("semaine creuse (vacances, fermeture) : pas lue comme un silence",
                        "quiet week (holidays, closure): not read as silence"),
                d -> words.format("Semaine du %s", "Week of %s", dates.day(d)), words.colon());
    }

    private void momentum() {
        page.heading(2, "momentum", words.pick("L’élan du programme, semaine par semaine",
                "Program momentum, week by week"));
        if (input.weeks().isEmpty()) {
            page.paragraph(words.pick("Aucune semaine de programme n’est encore terminée.",
                    "No program week is over yet."));
            return;
        }
        page.paragraph(words.pick("Chaque colonne compte les binômes à chaque niveau à la fin de la semaine, selon les "
                        + "mêmes constats que la liste des binômes à suivre : un binôme change de niveau la semaine où "
                        + "un constat est signalé ou résolu, et le tableau sous les graphiques dit lesquels.",
                "Each column counts the pairs at each level at the end of the week, from the same findings as the "
                        + "list of pairs needing attention: a pair changes level the week a finding is flagged or "
                        + "resolved, and the table below the charts says which."));
        WeeklyChart.Weeks weeks = weeks();
        List<WeeklyChart.Layer> layers = new ArrayList<>();
        List<EngagementLevel> bottomUp = List.of(EngagementLevel.DISENGAGED, EngagementLevel.AT_RISK,
                EngagementLevel.WATCH, EngagementLevel.ENGAGED);
        Map<EngagementLevel, WeeklyChart.Layer> byLevel = new EnumMap<>(EngagementLevel.class);
        for (EngagementLevel level : bottomUp) {
            int hatch = level == EngagementLevel.WATCH ? 1 : level == EngagementLevel.AT_RISK ? 2 : 0;
            WeeklyChart.Layer layer = new WeeklyChart.Layer(labels.level(level), Palette.level(level), hatch,
                    input.weeks().stream().map(w -> w.pairsByLevel().get(level)).toList());
            layers.add(layer);
            byLevel.put(level, layer);
        }
        WeekRecord first = input.weeks().get(0);
        WeekRecord last = input.weeks().get(input.weeks().size() - 1);
        String title = words.pick("Binômes par niveau d’engagement, à la fin de chaque semaine",
                "Pairs by engagement level at the end of each week");
        page.figure(title, WeeklyChart.stacked(WEEKLY_LEVELS_CHART, title, words.format(
                        "%s semaines, du %s au %s. Première semaine : %s. Dernière semaine : %s.",
                        "%s weeks, from %s to %s. First week: %s. Last week: %s.",
                        numbers.count(input.weeks().size()), dates.day(first.firstDay()),
                        dates.day(last.firstDay().plusDays(6)), levelsText(first), levelsText(last)),
                weeks, layers, List.of(byLevel.get(EngagementLevel.ENGAGED), byLevel.get(EngagementLevel.WATCH),
                        byLevel.get(EngagementLevel.AT_RISK), byLevel.get(EngagementLevel.DISENGAGED)),
                v -> numbers.count((long) v)));

        String contact = words.pick("Binômes qui se sont vus, ou vus ou écrit, chaque semaine",
                "Pairs that met, or met or wrote, each week");
        int pairs = input.weeks().stream().mapToInt(WeekRecord::pairs).max().orElse(0);
        double metShare = input.weeks().stream().mapToDouble(w -> w.pairs() == 0 ? 0 : (double) w.pairsMet()
                / w.pairs()).average().orElse(0);
        page.figure(contact, WeeklyChart.lines(CONTACT_CHART, contact, words.format(
                        "En moyenne, %s des binômes se sont vus chaque semaine. Dernière semaine : %s rencontres, "
                                + "%s binômes en contact sur %s.",
                        "On average, %s of pairs met each week. Last week: %s met, %s pairs in touch out of %s.",
                        numbers.percent(metShare), numbers.count(last.pairsMet()), numbers.count(last.pairsInTouch()),
                        numbers.count(last.pairs())), weeks,
                List.of(new WeeklyChart.Series(words.pick("rencontre déclarée", "meeting reported"),
                                Palette.PRIMARY, false, input.weeks().stream().map(WeekRecord::pairsMet).toList()),
                        new WeeklyChart.Series(words.pick("rencontre ou message", "meeting or message"),
                                Palette.SECONDARY, true, input.weeks().stream().map(WeekRecord::pairsInTouch)
                                        .toList())),
                pairs, v -> numbers.count((long) v)));
        if (!input.programFindings().isEmpty()) {
            page.paragraph(words.pick("Sur l’ensemble du programme :", "Program-wide:")).list(input.programFindings());
        }
        changes();
    }

    private String levelsText(WeekRecord week) {
        List<String> parts = new ArrayList<>();
        for (EngagementLevel level : EngagementLevel.values()) {
            parts.add(labels.level(level) + " " + numbers.count(week.pairsByLevel().get(level)));
        }
        return String.join(", ", parts);
    }

    /**
     * The weeks where a pair entered or left the levels that call for action (at risk, disengaged), naming each pair,
     * its move and the findings flagged or resolved that week; the moves to and from "to watch" are counted only.
     */
    private void changes() {
        List<List<String>> rows = new ArrayList<>();
        for (int w = 0; w < input.weeks().size(); w++) {
            WeekRecord week = input.weeks().get(w);
            LocalDate assessed = week.firstDay().plusDays(7);
            List<String> moves = new ArrayList<>();
            for (PairRecord pair : input.pairs()) {
                EngagementLevel before = w == 0 ? EngagementLevel.ENGAGED : pair.weeklyLevels().get(w - 1);
                EngagementLevel after = pair.weeklyLevels().get(w);
                if (before == after || (!before.atLeast(EngagementLevel.AT_RISK)
                        && !after.atLeast(EngagementLevel.AT_RISK))) {
                    continue;
                }
                PairEvent.Kind why = after.compareTo(before) > 0 ? PairEvent.Kind.FLAGGED : PairEvent.Kind.RESOLVED;
                List<String> codes = pair.history().stream()
                        .filter(e -> e.kind() == why && e.date().equals(assessed) && e.findingCode() != null)
                        .map(e -> labels.finding(e.findingCode())).distinct().toList();
                moves.add(pair.names() + words.colon() + labels.level(before) + " → " + labels.level(after)
                        + (codes.isEmpty() ? "" : " (" + labels.event(why).toLowerCase(words.locale()) + words.colon()
                                + String.join(", ", codes) + ")"));
            }
            if (moves.isEmpty()) {
                continue;
            }
            WeekRecord previous = w == 0 ? null : input.weeks().get(w - 1);
            StringBuilder cell = new StringBuilder("<ul>");
            moves.forEach(line -> cell.append("<li>").append(escape(line)).append("</li>"));
            cell.append("</ul>");
            rows.add(List.of("<span class=\"when\">" + escape(dates.day(week.firstDay())) + "</span>",
                    count(week, previous, EngagementLevel.DISENGAGED), count(week, previous, EngagementLevel.AT_RISK),
                    count(week, previous, EngagementLevel.WATCH), cell.toString()));
        }
        if (!rows.isEmpty()) {
            page.paragraph(words.pick("Les semaines où un binôme est entré dans les niveaux « à risque » ou "
                            + "« décroché », ou en est sorti, avec les constats signalés ou résolus à la fin de la "
                            + "semaine. Les passages par « à surveiller » sont comptés dans leur colonne.",
                    "The weeks a pair entered or left the \"at risk\" or \"disengaged\" levels, with the findings "
                            + "flagged or resolved at the end of the week. Moves through \"to watch\" are counted "
                            + "in its column."));
            page.table(words.pick("Qui est entré ou sorti des niveaux à risque et décroché",
                            "Who entered or left the at-risk and disengaged levels"),
                    List.of(words.pick("Semaine du", "Week of"), "#" + labels.level(EngagementLevel.DISENGAGED),
                            "#" + labels.level(EngagementLevel.AT_RISK), "#" + labels.level(EngagementLevel.WATCH),
                            words.pick("Binômes", "Pairs")), rows);
        }
    }

    private String count(WeekRecord week, @Nullable WeekRecord before, EngagementLevel level) {
        int now = week.pairsByLevel().get(level);
        if (before == null) {
            return escape(numbers.count(now));
        }
        int change = now - before.pairsByLevel().get(level);
        return escape(numbers.count(now) + (change == 0 ? "" : " (" + numbers.signed(change, 0) + ")"));
    }

    private void attendance() {
        page.heading(2, "attendance", words.pick("Présence aux temps collectifs", "Attendance at collective sessions"));
        List<SessionRecord> sessions = input.sessions();
        if (sessions.isEmpty()) {
            page.paragraph(words.pick("Aucun temps collectif n’a encore eu lieu.", "No collective session has taken "
                    + "place yet."));
            return;
        }
        page.paragraph(words.pick("La part des invités présents, séance par séance, puis par format.",
                "The share of those invited who came, session by session, then by format."));
        SendingRules rules = input.sending();
        long replays = sent(Labels.REPLAY);
        page.paragraph(rules == null
                ? words.format("Ceux qui ont manqué une séance en ont reçu le replay utile : %s messages.",
                        "Those who missed a session got its useful replay: %s messages.", numbers.count(replays))
                : words.format("Ceux qui ont manqué une séance en ont reçu le replay utile : %s messages, envoyés %s "
                                + "après la fin de la séance, dans les heures d’envoi (%s).",
                        "Those who missed a session got its useful replay: %s messages, sent %s after the session "
                                + "ended, within the sending hours (%s).", numbers.count(replays),
                        delay(rules.replayDelay()), hours(rules)));
        List<BarChart.Bar> bars = new ArrayList<>();
        for (SessionRecord session : sessions) {
            String value = attendanceText(session.attended(), session.invited());
            bars.add(new BarChart.Bar(List.of(labels.format(session.format()), dates.day(session.start()
                    .toLocalDate())), session.rate(), value, Palette.PRIMARY, labels.format(session.format()) + ", "
                    + dates.day(session.start().toLocalDate()) + words.colon() + value));
        }
        int invited = sessions.stream().mapToInt(SessionRecord::invited).sum();
        int attended = sessions.stream().mapToInt(SessionRecord::attended).sum();
        SessionRecord best = sessions.stream().max(Comparator.comparingDouble(SessionRecord::rate)).orElseThrow();
        SessionRecord worst = sessions.stream().min(Comparator.comparingDouble(SessionRecord::rate)).orElseThrow();
        String title = words.pick("Présence par temps collectif", "Attendance per collective session");
        page.figure(title, BarChart.draw(SESSIONS_CHART, title, words.format(
                        "%s temps collectifs, %s présents sur %s invités en tout. La plus suivie : %s du %s (%s). La "
                                + "moins suivie : %s du %s (%s).",
                        "%s collective sessions, %s present out of %s invited in all. Best attended: %s on %s (%s). "
                                + "Least attended: %s on %s (%s).",
                        numbers.count(sessions.size()), numbers.count(attended), numbers.count(invited),
                        labels.format(best.format()), dates.day(best.start().toLocalDate()),
                        numbers.percent(best.rate()), labels.format(worst.format()),
                        dates.day(worst.start().toLocalDate()), numbers.percent(worst.rate())),
                bars, BarChart.Axis.shares(numbers::percent, words.pick("part des invités présents",
                        "share of those invited who came"))));

        Map<Format, int[]> byFormat = new LinkedHashMap<>();
        for (SessionRecord session : sessions) {
            int[] totals = byFormat.computeIfAbsent(session.format(), f -> new int[3]);
            totals[0]++;
            totals[1] += session.attended();
            totals[2] += session.invited();
        }
        List<BarChart.Bar> formats = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Format, int[]> format : byFormat.entrySet()) {
            int[] t = format.getValue();
            String value = attendanceText(t[1], t[2]);
            String label = labels.format(format.getKey());
            String count = t[0] == 1 ? words.pick("1 séance", "1 session")
                    : words.format("%s séances", "%s sessions", numbers.count(t[0]));
            formats.add(new BarChart.Bar(List.of(label, count), t[2] == 0 ? 0 : (double) t[1] / t[2], value,
                    Palette.PRIMARY, label + " (" + count + ")" + words.colon() + value));
            parts.add(label + " (" + count + ")" + words.colon() + value);
        }
        String formatTitle = words.pick("Présence par format", "Attendance per format");
        String summary = String.join(words.semicolon(), parts) + ".";
        page.figure(formatTitle, BarChart.draw(FORMATS_CHART, formatTitle, summary, formats,
                BarChart.Axis.shares(numbers::percent, words.pick("part des invités présents, toutes séances du "
                        + "format", "share of those invited who came, all sessions of the format"))));

        List<List<String>> rows = new ArrayList<>();
        for (SessionRecord session : sessions) {
            rows.add(List.of(escape(dates.day(session.start().toLocalDate())), "<span class=\"when\">"
                            + escape(dates.time(session.start())) + "</span>",
                    escape(session.title()) + "<br/><span class=\"note\">" + escape(labels.audience(session.audience()))
                            + "</span>", escape(numbers.count(session.attended())),
                    escape(numbers.count(session.invited())), escape(numbers.percent(session.rate()))));
        }
        page.table(words.pick("Les temps collectifs", "The collective sessions"), List.of(words.pick("Date", "Date"),
                words.pick("Heure", "Time"), words.pick("Temps collectif et public", "Session and audience"),
                "#" + words.pick("Présents", "Present"), "#" + words.pick("Invités", "Invited"),
                "#" + words.pick("Présence", "Attendance")), rows);
    }

    private String attendanceText(int attended, int invited) {
        return words.format("%s sur %s · %s", "%s of %s · %s", numbers.count(attended), numbers.count(invited),
                numbers.percent(invited == 0 ? 0 : (double) attended / invited));
    }

    private void survey() {
        SurveyRecord survey = input.survey();
        if (survey == null) {
            return;
        }
        page.heading(2, "survey", survey.title());
        SurveyRecord.Participation participation = survey.participation();
        page.paragraph(participation == null
                ? words.format("Moins de %s réponses : rien n’est montré, pour que personne ne puisse être reconnu.",
                        "Fewer than %s answers: nothing is shown, so that nobody can be recognised.",
                        numbers.count(survey.threshold()))
                : words.format("Questionnaire anonyme : %s réponses sur %s invitations (%s). Aucun chiffre ne porte "
                                + "sur moins de %s personnes ; un groupe plus petit est masqué et le rapport dit "
                                + "pourquoi.",
                        "Anonymous questionnaire: %s answers out of %s invitations (%s). No figure covers fewer than "
                                + "%s people; a smaller group is withheld and the report says why.",
                        numbers.count(participation.respondents()), numbers.count(participation.invited()),
                        numbers.percent(participation.rate()), numbers.count(survey.threshold())));
        long invitations = sent(Labels.SURVEY_INVITATION);
        if (invitations > 0) {
            page.paragraph(words.format("Le moteur a envoyé %s invitations et %s rappels, chacun avec le lien "
                            + "personnel de la personne ; un rappel ne va qu’à ceux qui n’ont pas encore répondu.",
                    "The engine sent %s invitations and %s reminders, each with the person’s own link; a reminder "
                            + "goes only to those who have not answered yet.", numbers.count(invitations),
                    numbers.count(sent(Labels.SURVEY_REMINDER))));
        }
        agreement(survey);
        otherItems(survey);
        if (!survey.scales().isEmpty()) {
            page.heading(3, "", words.pick("Fiabilité des échelles", "How reliable the scales are"));
            page.paragraph(words.pick("Une échelle additionne plusieurs questions qui mesurent la même chose. L’alpha "
                            + "de Cronbach dit si les réponses vont ensemble ; à partir de 0,7, on peut lire leur "
                            + "moyenne comme une seule mesure.",
                    "A scale adds up several questions that measure the same thing. Cronbach’s alpha says whether "
                            + "the answers go together; from 0.7 on, their mean can be read as one measure."));
            page.list(survey.scales().stream().map(readings::scale).toList());
        }
        if (!survey.comparisons().isEmpty()) {
            page.heading(3, "", words.pick("Mentors et mentorés répondent-ils de la même façon ?",
                    "Do mentors and mentees answer alike?"));
            page.paragraph(words.pick("Test de Mann–Whitney, question par question : la valeur p dit à quel point un "
                            + "écart comme celui observé pourrait venir du hasard ; en dessous de 0,05, l’écart est "
                            + "jugé net. La corrélation r dit sa taille, de −1 à +1.",
                    "Mann–Whitney test, question by question: the p-value says how easily a gap like the one "
                            + "observed could arise by chance; below 0.05 the gap is called clear. The correlation r "
                            + "gives its size, from −1 to +1."));
            page.list(survey.comparisons().stream().map(readings::comparison).toList());
        }
        themes(survey);
        if (!survey.standing().isEmpty()) {
            page.heading(3, "", words.pick("Où en sont les binômes, selon eux",
                    "Where the pairs stand, in their words"));
            page.list(survey.standing().stream().map(words::typeset).toList());
        }
    }

    private List<ItemGroup> shownGroups(SurveyItem item) {
        return item.groups().size() > 1 ? item.groups().subList(1, item.groups().size()) : item.groups();
    }

    private void agreement(SurveyRecord survey) {
        List<SurveyItem> items = survey.items().stream().filter(i -> i.type() == ItemType.AGREEMENT).toList();
        if (items.isEmpty()) {
            return;
        }
        int points = items.stream().flatMap(i -> i.groups().stream()).mapToInt(g -> g.answers().size()).max()
                .orElse(5);
        points = points == 7 ? 7 : 5;
        List<AgreementChart.Item> chartItems = new ArrayList<>();
        List<String> pointLabels = new ArrayList<>();
        List<List<String>> favourableRows = new ArrayList<>();
        for (SurveyItem item : items) {
            List<AgreementChart.Row> rows = new ArrayList<>();
            for (ItemGroup group : shownGroups(item)) {
                if (group.shown()) {
                    if (pointLabels.isEmpty() && group.answers().size() == points) {
                        group.answers().forEach(a -> pointLabels.add(a.value() + " " + a.label()));
                    }
                    rows.add(new AgreementChart.Row(group.group() + " (n = " + numbers.count(group.respondents())
                            + ")", group.answers().stream().map(AnswerCount::count).toList(), null));
                    ItemStatistics statistics = group.statistics();
                    if (statistics != null && statistics.favourable() != null) {
                        ItemStatistics.Favourable f = statistics.favourable();
                        favourableRows.add(List.of(escape(item.question()), escape(group.group()),
                                escape(numbers.count(f.n())), escape(numbers.percent(f.share())),
                                escape(words.format("%s à %s", "%s to %s", numbers.percent(f.lower()),
                                        numbers.percent(f.upper()))),
                                escape(statistics.mean() == null ? "" : numbers.decimal(statistics.mean(), 1))));
                    }
                } else {
                    rows.add(new AgreementChart.Row(group.group(), List.of(), words.format("masqué : %s",
                            "withheld: %s", group.withheld())));
                }
            }
            chartItems.add(new AgreementChart.Item(item.question(), rows));
        }
        if (pointLabels.isEmpty()) {
            for (int p = 1; p <= points; p++) {
                pointLabels.add(Integer.toString(p));
            }
        }
        String title = words.pick("Réponses aux affirmations, de « pas du tout d’accord » à « tout à fait d’accord »",
                "Answers to the statements, from \"strongly disagree\" to \"strongly agree\"");
        page.figure(title, AgreementChart.draw(AGREEMENT_CHART, title, words.format(
                        "%s affirmations, réponses des groupes montrés ; chaque barre répartit 100 %% des réponses "
                                + "entre les %s points de l’échelle, %s.",
                        "%s statements, answers of each group shown; each bar splits 100%% of the answers between "
                                + "the %s points of the scale, %s.", numbers.count(items.size()),
                        numbers.count(points), String.join(", ", pointLabels)),
                chartItems, pointLabels, Palette.agreement(points), numbers::percent, words.colon()));
        if (!favourableRows.isEmpty()) {
            page.paragraph(words.format("« Favorables » : réponses %s ou %s. La fourchette donne, compte tenu du "
                            + "nombre de réponses, les valeurs entre lesquelles la part réelle se trouve 95 fois sur "
                            + "100 (intervalle de Wilson) ; la moyenne va de 1 (pas du tout d’accord) à %s (tout à "
                            + "fait d’accord).",
                    "\"Favourable\": answers %s or %s. The range gives, for the number of answers, the values the "
                            + "true share lies between 95 times out of 100 (Wilson interval); the mean runs from 1 "
                            + "(strongly disagree) to %s (strongly agree).", points - 1, points, points));
            page.table(words.pick("Réponses favorables", "Favourable answers"), List.of(words.pick("Affirmation",
                            "Statement"), words.pick("Groupe", "Group"), "#" + words.pick("Réponses", "Answers"),
                    "#" + words.pick("Favorables", "Favourable"), "#" + words.pick("Fourchette à 95 %", "95% range"),
                    "#" + words.pick("Moyenne", "Mean")), favourableRows);
        }
    }

    private void otherItems(SurveyRecord survey) {
        List<String> lines = new ArrayList<>();
        for (SurveyItem item : survey.items()) {
            if (item.type() == ItemType.AGREEMENT || item.type() == ItemType.FREE_TEXT) {
                continue;
            }
            for (ItemGroup group : item.groups()) {
                if (!group.shown()) {
                    lines.add(item.question() + " — " + group.group() + words.colon()
                            + words.format("masqué (%s).", "withheld (%s).", group.withheld()));
                    continue;
                }
                ItemStatistics statistics = group.statistics();
                String figures = switch (item.type()) {
                    case YES_NO, SCORE -> statistics != null && statistics.netPromoterScore() != null
                            ? readings.netPromoter(statistics.netPromoterScore())
                            : statistics != null && statistics.favourable() != null
                                    ? readings.favourable(item.type(), statistics.favourable()) : "";
                    default -> choices(group);
                };
                lines.add(item.question() + " — " + group.group() + words.colon() + figures);
            }
        }
        if (!lines.isEmpty()) {
            page.heading(3, "", words.pick("Les autres questions", "The other questions"));
            page.list(lines);
        }
    }

    private String choices(ItemGroup group) {
        long n = group.respondents() == null ? 0 : group.respondents();
        List<String> parts = new ArrayList<>();
        for (AnswerCount answer : group.answers()) {
            parts.add(answer.label() + " " + numbers.percent(n == 0 ? 0 : (double) answer.count() / n) + " ("
                    + numbers.count(answer.count()) + ")");
        }
        return String.join(", ", parts) + words.format(" ; %s réponses.", "; %s answers.", numbers.count(n));
    }

    private void themes(SurveyRecord survey) {
        List<WorkshopTheme> themes = survey.themes().stream().filter(t -> t.sourceType().canBeTheme())
                .limit(MAX_THEMES).toList();
        page.heading(3, "", words.pick("Thèmes suggérés pour l’atelier", "Suggested workshop themes"));
        if (themes.isEmpty()) {
            page.paragraph(words.pick("Aucune affirmation ni aucun sujet demandé ne ressort assez pour suggérer un "
                    + "thème.", "No statement or requested topic stands out enough to suggest a theme."));
            return;
        }
        page.paragraph(words.pick("Tirés des seules affirmations avec lesquelles des répondants sont en désaccord et "
                        + "des sujets qu’ils ont demandés ; une question fermée (oui ou non) ou une note globale ne "
                        + "fait pas un thème.",
                "Drawn only from statements respondents disagree with and from topics they asked for; a yes-or-no "
                        + "question or an overall score is not a theme."));
        page.raw("<ol>");
        for (WorkshopTheme theme : themes) {
            page.raw("<li>" + escape(words.typeset(theme.theme())) + " <span class=\"note\">("
                    + escape(words.typeset(theme.why())) + ")</span></li>");
        }
        page.raw("</ol>\n");
    }

    private void calendar() {
        CalendarRecord calendar = input.calendar();
        if (calendar == null) {
            return;
        }
        page.heading(2, "calendar", words.pick("Le calendrier et pourquoi ces dates", "The calendar, and why these "
                + "dates"));
        if (!calendar.closures().isEmpty()) {
            page.paragraph(words.pick("Le calendrier évite les jours fériés et ces périodes de l’entreprise :",
                    "The calendar avoids public holidays and these company periods:"));
            List<String> closures = new ArrayList<>();
            for (Closure closure : calendar.closures()) {
                boolean inside = !closure.last().isBefore(input.program().kickOff())
                        && !closure.first().isAfter(input.program().closing());
                closures.add(words.format("%s, du %s au %s : %s", "%s, %s to %s: %s", closure.label(),
                        dates.day(closure.first()), dates.day(closure.last()), inside
                                ? words.pick("pendant le programme, aucun temps collectif ces jours-là",
                                        "inside the program, no collective session on those days")
                                : words.pick("hors des dates du programme, sans effet sur lui",
                                        "outside the program’s dates, no effect on it")));
            }
            page.list(closures);
        }
        for (SurveyWindow window : calendar.surveyWindows()) {
            page.paragraph(words.format("Questionnaire anonyme ouvert du %s au %s.",
                    "Anonymous questionnaire open from %s to %s.", dates.dayAndTime(window.opens()),
                    dates.dayAndTime(window.closes())));
        }
        List<List<String>> rows = new ArrayList<>();
        for (CalendarEntry entry : calendar.entries()) {
            StringBuilder why = new StringBuilder("<ul>");
            entry.why().forEach(w -> why.append("<li>").append(escape(words.typeset(w))).append("</li>"));
            why.append("</ul>");
            rows.add(List.of(escape(dates.day(entry.start().toLocalDate())), "<span class=\"when\">"
                            + escape(entry.format().isSynchronous() ? dates.time(entry.start()) : "") + "</span>",
                    escape(entry.title()) + "<br/><span class=\"note\">" + escape(labels.audience(entry.audience()))
                            + "</span>", why.toString()));
        }
        page.table(words.pick("Les temps du programme", "The program’s touchpoints"), List.of(words.pick("Date",
                        "Date"), words.pick("Heure", "Time"), words.pick("Quoi, pour qui", "What, for whom"),
                words.pick("Pourquoi cette date", "Why this date")), rows);
        if (!calendar.notKept().isEmpty()) {
            page.paragraph(words.pick("Ce que le calendrier n’a pas pu tenir :", "What the calendar could not keep:"))
                    .list(calendar.notKept().stream().map(words::typeset).toList());
        }
    }

    private void messages() {
        page.heading(2, "messages", words.pick("Messages envoyés", "Messages sent"));
        Map<String, Map<String, Integer>> sent = new TreeMap<>();
        Map<String, Integer> channels = new TreeMap<>();
        for (MessageRecord message : input.messages()) {
            if (message.delivery() == MessageRecord.Delivery.SENT) {
                sent.computeIfAbsent(message.kind(), k -> new TreeMap<>()).merge(message.channel(), 1, Integer::sum);
                channels.merge(message.channel(), 1, Integer::sum);
            }
        }
        if (sent.isEmpty()) {
            page.paragraph(words.pick("Aucun message n’a encore été envoyé.", "No message has been sent yet."));
        } else {
            List<String> headers = new ArrayList<>();
            headers.add(words.pick("Quoi", "What"));
            channels.keySet().forEach(c -> headers.add("#" + labels.channel(c)));
            headers.add("#" + words.pick("Total", "Total"));
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<String, Map<String, Integer>> kind : sent.entrySet()) {
                List<String> row = new ArrayList<>();
                row.add(escape(labels.messageKind(kind.getKey())));
                channels.keySet().forEach(c -> row.add(escape(numbers.count(kind.getValue().getOrDefault(c, 0)))));
                row.add(escape(numbers.count(kind.getValue().values().stream().mapToInt(Integer::intValue).sum())));
                rows.add(row);
            }
            List<String> total = new ArrayList<>();
            total.add("<strong>" + escape(words.pick("Total", "Total")) + "</strong>");
            channels.values().forEach(c -> total.add("<strong>" + escape(numbers.count(c)) + "</strong>"));
            total.add("<strong>" + escape(numbers.count(channels.values().stream().mapToInt(Integer::intValue).sum()))
                    + "</strong>");
            rows.add(total);
            page.table(words.pick("Messages envoyés, par sorte et par canal", "Messages sent, by kind and channel"),
                    headers, rows);
        }
        page.paragraph(words.format("Messages en attente ou abandonnés : %s.", "Messages waiting or given up: %s.",
                waitingNote()));
        SendingRules rules = input.sending();
        if (rules != null) {
            long outside = input.messages().stream().filter(m -> m.delivery() == MessageRecord.Delivery.SENT
                    && !rules.allows(m.at().toInstant(), m.recipientZone())).count();
            page.paragraph(words.format("Messages envoyés hors des heures d’envoi (%s, heure du destinataire) : %s.",
                    "Messages sent outside the sending hours (%s, the recipient’s time): %s.", hours(rules),
                    numbers.count(outside)));
        }
        parity();
    }

    /** Whether each monthly message reached its whole community, and what late joiners were sent to catch up. */
    private void parity() {
        if (input.parity().isEmpty() && input.lateJoiners().isEmpty()) {
            return;
        }
        page.heading(3, "", words.pick("Tout le monde a-t-il la même information ?",
                "Does everyone have the same information?"));
        for (LateJoinerRecord late : input.lateJoiners()) {
            page.paragraph(words.format("%s (%s) a rejoint le programme le %s : %s résumé(s) de ce que sa "
                            + "communauté avait déjà reçu lui ont été envoyé(s).",
                    "%s (%s) joined the program on %s: %s digest(s) of what their community had already been "
                            + "sent went to them.", late.name(), labels.role(late.role()),
                    dates.day(late.joined()), numbers.count(late.catchUpDigests())));
        }
        if (input.parity().isEmpty()) {
            return;
        }
        List<String> headers = List.of(words.pick("Message mensuel", "Monthly message"),
                words.pick("Communauté", "Community"), "#" + words.pick("Membres", "Members"),
                "#" + words.pick("Reçu", "Received"), "#" + words.pick("dont par un résumé", "of them in a digest"));
        List<List<String>> rows = new ArrayList<>();
        long incomplete = 0;
        for (ParityRecord record : input.parity()) {
            if (record.delivered() < record.members()) {
                incomplete++;
            }
            rows.add(List.of(escape(dates.monthAndYear(record.month())), escape(record.community() == Role.MENTOR
                    ? words.pick("Mentors", "Mentors") : words.pick("Mentorés", "Mentees")),
                    escape(numbers.count(record.members())), escape(numbers.count(record.delivered())),
                    escape(numbers.count(record.viaCatchUp()))));
        }
        page.table(words.pick("Qui a reçu chaque message mensuel", "Who received each monthly message"), headers,
                rows);
        page.paragraph(incomplete == 0
                ? words.pick("Chaque message mensuel a atteint toute sa communauté, arrivants compris.",
                        "Every monthly message reached its whole community, late joiners included.")
                : words.format("%s messages mensuels n’ont pas atteint toute leur communauté : le fichier des "
                                + "messages dit pourquoi, personne par personne.",
                        "%s monthly messages did not reach their whole community: the messages file says why, "
                                + "person by person.", numbers.count(incomplete)));
    }

    private void footer() {
        page.heading(2, "", words.pick("Les fichiers qui accompagnent ce rapport",
                "The files that come with this report"));
        page.paragraph(words.pick("Les mêmes chiffres, à ouvrir dans un tableur (UTF-8, séparateur point-virgule, "
                        + "virgule décimale, dates au format AAAA-MM-JJ) :",
                "The same figures, to open in a spreadsheet (UTF-8, comma-separated, decimal point, dates as "
                        + "YYYY-MM-DD):"));
        page.list(files);
    }
}
