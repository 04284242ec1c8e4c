package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.core.communication.ParityReport;
import io.elan.mentoring.core.communication.ParityStatus;
import io.elan.mentoring.core.communication.SendingHours;
import io.elan.mentoring.core.communication.UsefulReplays;
import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.ReasonTexts;
import io.elan.mentoring.core.engagement.WeeklyMomentum;
import io.elan.mentoring.core.followup.FollowUpCalls;
import io.elan.mentoring.core.hotline.Hotline;
import io.elan.mentoring.samples.report.Charts;
import io.elan.mentoring.samples.report.HtmlReport;
import io.elan.mentoring.scheduling.Blackout;
import io.elan.mentoring.scheduling.DroppedOccurrence;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.QuestionnaireWindow;
import io.elan.mentoring.scheduling.UnfilledGap;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.survey.questionnaire.ItemKind;
import io.elan.mentoring.survey.report.Count;
import io.elan.mentoring.survey.report.GroupReport;
import io.elan.mentoring.survey.report.ItemResult;
import io.elan.mentoring.survey.report.SurveyReport;
import io.elan.mentoring.survey.report.ThemeSuggestion;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one HTML page a program manager reads after the run: four charts drawn by this code (momentum per week,
 * attendance per touchpoint, mentors' and mentees' answers side by side, pairs by status) and the calendar, the
 * findings and the survey highlights, each with its reasons.
 */
final class ProgramReport {
    static final String MOMENTUM_CHART = "chart-momentum";
    static final String ATTENDANCE_CHART = "chart-attendance";
    static final String LIKERT_CHART = "chart-likert";
    static final String STATUS_CHART = "chart-pairs-by-status";

    private final SimulationOutcome outcome;
    private final SimulationOutputs.FindingsDocument findings;
    private final ReportLanguage language;
    private final Locale locale;
    private final ReasonTexts reasonTexts = new ReasonTexts();
    private final DateTimeFormatter day;

    /**
     * @param outcome what the run left
     * @param findings the findings, as the findings outputs hold them
     * @param language the language of the page
     */
    ProgramReport(SimulationOutcome outcome, SimulationOutputs.FindingsDocument findings, ReportLanguage language) {
        this.outcome = outcome;
        this.findings = findings;
        this.language = language;
        this.locale = language.locale();
        this.day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
    }

    /** @return the page */
    String render() {
        HtmlReport page = new HtmlReport(language.pick("Programme de mentorat 2026–2027 : bilan de la simulation",
                "Mentoring program 2026–2027: simulation report"), locale);
        summary(page);
        momentum(page);
        attendance(page);
        survey(page);
        engagement(page);
        simulated(page);
        calendar(page);
        page.heading(language.pick("Chronologie, mois par mois", "Timeline, month by month")).list(outcome.timeline());
        return page.render();
    }

    private void summary(HtmlReport page) {
        ProgramCalendar calendar = outcome.calendar();
        Tally total = outcome.total();
        Map<Channel, Long> byChannel = outcome.messages().stream()
                .collect(Collectors.groupingBy(s -> s.message().channel(), Collectors.counting()));
        page.paragraph(language.format(
                "Programme simulé du %s au %s (Europe/Paris), %d binômes tirés d'un annuaire fictif. Chaque chiffre "
                        + "ci-dessous vient des sorties d'Élan pendant la simulation : calendrier, messages, présence, "
                        + "constats d'engagement et questionnaire anonyme.",
                "Program simulated from %s to %s (Europe/Paris), %d pairs drawn from a fictitious directory. Every "
                        + "figure below comes from what Élan produced during the run: calendar, messages, attendance, "
                        + "engagement findings and the anonymous questionnaire.",
                day.format(calendar.window().kickOff()), day.format(calendar.window().closing()),
                findings.pairs().size()));
        page.list(List.of(
                language.format("%d temps collectifs tenus, présence moyenne %d %%",
                        "%d collective sessions held, average attendance %d%%", total.touchpointsHeld,
                        Math.round(total.attendanceRate() * 100)),
                language.format("%d messages envoyés (%d e-mails, %d WhatsApp), dont %d messages mensuels, %d replays "
                                + "utiles et %d relances",
                        "%d messages sent (%d e-mails, %d WhatsApp), of which %d monthly messages, %d useful replays "
                                + "and %d nudges", outcome.messages().size(),
                        byChannel.getOrDefault(Channel.EMAIL, 0L), byChannel.getOrDefault(Channel.WHATSAPP, 0L),
                        total.monthlyMessagesQueued, total.replaysQueued, total.nudgesQueued),
                language.format("%d messages envoyés hors des heures d'envoi (%s, heure du destinataire), chacun dans"
                                + " la langue de son destinataire",
                        "%d messages sent outside the sending hours (%s, the recipient's time), each in its"
                                + " recipient's language", outsideSendingHours(), sendingHours()),
                language.format("%d rencontres et %d échanges de messages déclarés par les binômes",
                        "%d meetings and %d message exchanges reported by the pairs", total.pairMeetings,
                        total.pairMessages),
                language.format("%d demandes à la hotline, %d traitées, dont %d après le délai de réponse ; %d"
                                + " réponses envoyées à ceux qui ont demandé, %d alertes à l'équipe pour une demande en"
                                + " retard",
                        "%d hotline requests, %d answered, %d of them after the response target; %d answers sent to"
                                + " those who asked, %d alerts to the team about a late request",
                        total.hotlineRaised, total.hotlineAnswered, total.hotlineAnsweredLate,
                        sent(Hotline.ANSWER_KIND), sent(Hotline.ALERT_KIND)),
                language.format("%d appels de suivi individuels, dont %d ont fait remonter une inquiétude, signalée"
                                + " à l'équipe (%d messages)",
                        "%d individual follow-up calls, %d of which raised a concern, escalated to the team (%d"
                                + " messages)", total.callsLogged, total.callsWithConcern,
                        sent(FollowUpCalls.CONCERN_KIND)),
                language.format("Questionnaire de mi-parcours, annoncé dans le message mensuel qui le précède : %d"
                                + " invitations et %d rappels envoyés, %d réponses sur %d invités",
                        "Mid-point questionnaire, announced in the monthly message before it: %d invitations and %d"
                                + " reminders sent, %d answers out of %d invited",
                        sent("survey-invitation"), sent("survey-reminder"), outcome.surveyWave().answered(),
                        outcome.surveyWave().invited()),
                lateJoiners()));
    }

    /** What the pair that joined late received, and the first monthly message's parity with them in it. */
    private String lateJoiners() {
        LateJoiners late = outcome.lateJoiners();
        ParityReport parity = Objects.requireNonNull(late.parity());
        long delivered = parity.lines().stream().filter(l -> l.status() == ParityStatus.DELIVERED).count();
        long caughtUp = parity.lines().stream().filter(l -> l.status() == ParityStatus.DELIVERED && l.viaCatchUp())
                .count();
        return language.format("%s et %s ont rejoint le programme le %s : %d résumé(s) de ce que leur communauté"
                        + " avait reçu leur ont été envoyé(s) ; le premier message mensuel aux mentorés a atteint %d"
                        + " des %d mentorés, dont %d par ce résumé",
                "%s and %s joined the program on %s: %d digest(s) of what their community had been sent went to them;"
                        + " the mentees' first monthly message reached %d of the %d mentees, %d of them in that digest",
                late.pair().mentor().name(), late.pair().mentee().name(), day.format(late.joined()),
                late.digests().size(), delivered, parity.lines().size(), caughtUp);
    }

    private void momentum(HtmlReport page) {
        List<WeeklyMomentum> weeks = outcome.assessment().momentum();
        page.heading(language.pick("L'élan du programme", "Program momentum"));
        page.paragraph(language.pick(
                "Part des participants actifs chaque semaine (rencontre ou message du binôme, temps collectif, "
                        + "appel de suivi, hotline). Les semaines grisées sont des semaines creuses (jours fériés ou "
                        + "fermeture) : la détection ne les lit pas comme un silence.",
                "Share of participants active each week (a pair meeting or message, a collective session, a follow-up "
                        + "call, the hotline). Shaded weeks are quiet weeks (holidays or closure): detection does not "
                        + "read them as silence."));
        page.chart(Charts.line(MOMENTUM_CHART,
                language.pick("Participants actifs par semaine (%)", "Participants active per week (%)"),
                weeks.stream().map(w -> language.pick("S", "W") + w.week()).toList(),
                weeks.stream().map(w -> w.participation() * 100).toList(), 100,
                weeks.stream().map(WeeklyMomentum::quiet).toList(),
                language.pick("semaine creuse", "quiet week")));
    }

    private void attendance(HtmlReport page) {
        DateTimeFormatter shortDay = DateTimeFormatter.ofPattern("dd/MM", locale);
        page.heading(language.pick("Présence aux temps collectifs", "Attendance at collective sessions"));
        page.paragraph(language.pick("Chaque barre est un temps collectif : la part des invités présents. ",
                "Each bar is a collective session: the share of those invited who came. ") + replays());
        page.chart(Charts.bars(ATTENDANCE_CHART,
                language.pick("Présence par temps collectif (%)", "Attendance per collective session (%)"),
                outcome.held().stream().map(h -> shortDay.format(h.touchpoint().start()) + " "
                        + formatName(h.touchpoint())).toList(),
                outcome.held().stream().map(h -> h.rate() * 100).toList(), 100, "%"));
        List<List<String>> rows = new ArrayList<>();
        for (HeldTouchpoint held : outcome.held()) {
            rows.add(List.of(day.format(held.touchpoint().start()), held.touchpoint().summary(locale),
                    held.attended() + " / " + held.invited(), String.valueOf(held.replays())));
        }
        page.table(List.of(language.pick("Quand", "When"), language.pick("Quoi", "What"),
                language.pick("Présents / invités", "Present / invited"),
                language.pick("Replays envoyés", "Replays sent")), rows);
    }

    /** What the replays carried and when they left, read from the messages sent, and the settings they follow. */
    private String replays() {
        List<RecordingGateway.Sent> replays = outcome.messages().stream()
                .filter(s -> s.message().kind().equals(UsefulReplays.KIND)).toList();
        if (replays.isEmpty()) {
            return language.pick("Aucun replay n'a été envoyé.", "No replay was sent.");
        }
        IntSummaryStatistics points = replays.stream()
                .mapToInt(s -> s.message().content().keyPoints().size()).summaryStatistics();
        IntSummaryStatistics links = replays.stream()
                .mapToInt(s -> s.message().content().links().size()).summaryStatistics();
        long sameDay = replays.stream().filter(this::sentOnTheSessionDay).count();
        return language.format("Les absents ont reçu le replay utile que l'équipe a donné à la fin de la séance"
                        + " (%s et %s), envoyé %d h après la fin, dans les heures d'envoi (%s) : %d le jour même, %d un"
                        + " jour suivant.",
                "Those who missed it got the useful replay the team gave as the session ended (%s and %s), sent %d"
                        + " hours after the end, within the sending hours (%s): %d the same day, %d on a later day.",
                count(points, "point clé", "points clés", "key point", "key points"),
                count(links, "lien", "liens", "link", "links"),
                ProgramSimulation.COMMUNICATION.replayDelay().toHours(), sendingHours(), sameDay,
                replays.size() - sameDay);
    }

    /** Whether a replay left on the day of the last session that ended before it. */
    private boolean sentOnTheSessionDay(RecordingGateway.Sent replay) {
        LocalDate session = null;
        for (HeldTouchpoint held : outcome.held()) {
            if (!held.touchpoint().end().toInstant().isAfter(replay.sentAt())) {
                session = held.touchpoint().end().toLocalDate();
            }
        }
        return replay.sentAt().atZone(ProgramSimulation.PARIS).toLocalDate().equals(session);
    }

    private String count(IntSummaryStatistics figures, String oneFr, String manyFr, String oneEn, String manyEn) {
        String one = language.pick(oneFr, oneEn);
        String many = language.pick(manyFr, manyEn);
        if (figures.getMin() == figures.getMax()) {
            return figures.getMin() + " " + (figures.getMin() == 1 ? one : many);
        }
        return language.format("%d à %d %s", "%d to %d %s", figures.getMin(), figures.getMax(), many);
    }

    /** The host's sending hours, as a program manager reads them: {@code en semaine, de 9 h à 18 h}. */
    private String sendingHours() {
        SendingHours hours = ProgramSimulation.COMMUNICATION.sendingHours();
        String days = hours.days().equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
                ? language.pick("en semaine", "on weekdays")
                : hours.days().stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                        .collect(Collectors.joining(", "));
        return language.format("%s, de %s à %s", "%s, %s to %s", days, hours.from(), hours.until());
    }

    private long outsideSendingHours() {
        SendingHours hours = ProgramSimulation.COMMUNICATION.sendingHours();
        return outcome.messages().stream().filter(s -> !hours.allows(s.sentAt(), ProgramSimulation.PARIS)).count();
    }

    private long sent(String kind) {
        return outcome.messages().stream().filter(s -> s.message().kind().equals(kind)).count();
    }

    private void survey(HtmlReport page) {
        SurveyReport report = outcome.survey();
        page.heading(language.pick("Questionnaire de mi-parcours", "Mid-point questionnaire"));
        page.paragraph(language.format(
                "Questionnaire anonyme ouvert avant l'atelier de mi-parcours : %d réponses sur %d invitations. Aucun "
                        + "chiffre ne porte sur moins de %d répondants ; un groupe plus petit est masqué.",
                "Anonymous questionnaire open before the mid-point workshop: %d answers out of %d invitations. No "
                        + "figure covers fewer than %d respondents; a smaller group is hidden.",
                outcome.surveyWave().answered(), outcome.surveyWave().invited(), report.header().threshold()));
        Optional<GroupReport> mentors = roleGroup(report, Role.MENTOR);
        Optional<GroupReport> mentees = roleGroup(report, Role.MENTEE);
        List<String> rows = new ArrayList<>();
        List<double[]> shares = new ArrayList<>();
        List<String> categories = List.of("1", "2", "3", "4", "5");
        for (ItemResult item : report.groups().get(0).items()) {
            if (item.kind() != ItemKind.LIKERT_5) {
                continue;
            }
            Optional<ItemResult> mentorItem = mentors.flatMap(g -> itemIn(g, item.item()));
            Optional<ItemResult> menteeItem = mentees.flatMap(g -> itemIn(g, item.item()));
            if (mentorItem.isEmpty() || menteeItem.isEmpty()) {
                continue;
            }
            String question = shortQuestion(item);
            rows.add(rowLabel("Mentors", question, mentorItem.get()));
            shares.add(shares(mentorItem.get(), categories.size()));
            rows.add(rowLabel(language.pick("Mentorés", "Mentees"), question, menteeItem.get()));
            shares.add(shares(menteeItem.get(), categories.size()));
        }
        page.chart(Charts.stacked(LIKERT_CHART,
                language.pick("Réponses des mentors et des mentorés (1 = pas du tout d'accord, 5 = tout à fait)",
                        "Mentors' and mentees' answers (1 = strongly disagree, 5 = strongly agree)"),
                rows, shares, categories));
        List<String> highlights = new ArrayList<>();
        report.pairsStanding().reading().forEach(line -> highlights.add(line.in(language.surveyLanguage())));
        for (ThemeSuggestion theme : report.workshopThemes()) {
            highlights.add(language.format("Thème suggéré pour l'atelier n° %d : %s (%s)",
                    "Suggested workshop theme #%d: %s (%s)", theme.rank(),
                    theme.theme().in(language.surveyLanguage()), theme.why().in(language.surveyLanguage())));
        }
        if (!highlights.isEmpty()) {
            page.list(highlights);
        }
    }

    private static Optional<GroupReport> roleGroup(SurveyReport report, Role role) {
        return report.groups().stream()
                .filter(g -> g.selection().size() == 1 && role.name().equals(g.selection().get(Segments.ROLE)))
                .findFirst();
    }

    private static Optional<ItemResult> itemIn(GroupReport group, String item) {
        return group.items().stream().filter(i -> i.item().equals(item)).findFirst();
    }

    /** A few words for a chart row, which has no room for the whole question (the survey text output has it). */
    private String shortQuestion(ItemResult item) {
        return switch (item.item()) {
            case "pace.suits" -> language.pick("Le rythme convient", "The pace suits");
            case "relationship.trust" -> language.pick("Confiance", "Trust");
            case "relationship.openness" -> language.pick("Échanges ouverts", "Open conversations");
            case "relationship.expectations" -> language.pick("Attentes claires", "Clear expectations");
            case "goals.progress" -> language.pick("Progrès vers les objectifs", "Progress on goals");
            case "rituals.useful" -> language.pick("Temps collectifs utiles", "Useful collective sessions");
            default -> {
                String question = item.text().in(language.surveyLanguage());
                yield question.length() > 30 ? question.substring(0, 29).strip() + "…" : question;
            }
        };
    }

    private String rowLabel(String group, String question, ItemResult item) {
        String label = group + " · " + question;
        return item.figures() == null ? label + language.pick(" (masqué)", " (hidden)") : label;
    }

    private static double[] shares(ItemResult item, int points) {
        double[] shares = new double[points];
        if (item.figures() != null) {
            for (Count count : item.figures().distribution()) {
                shares[Integer.parseInt(count.value()) - 1] = count.share();
            }
        }
        return shares;
    }

    private void engagement(HtmlReport page) {
        page.heading(language.pick("Engagement des binômes", "Pair engagement"));
        page.paragraph(language.format(
                "Au %s, sur une fenêtre glissante de 6 semaines actives. Un binôme prend le statut le plus grave "
                        + "de ses constats et de ceux de ses membres.",
                "On %s, over a trailing window of 6 active weeks. A pair takes the most severe status among its "
                        + "findings and its members' findings.", findings.asOf()));
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        findings.pairsByStatus().forEach((status, count) -> {
            labels.add(reasonTexts.label(EngagementStatus.valueOf(status), locale));
            values.add((double) count);
        });
        page.chart(Charts.bars(STATUS_CHART, language.pick("Binômes par statut", "Pairs by status"), labels, values,
                Math.max(1, findings.pairs().size()), ""));
        List<List<String>> rows = new ArrayList<>();
        for (SimulationOutputs.PairEntry pair : findings.pairs()) {
            if (!pair.findings().isEmpty()) {
                rows.add(List.of(pair.mentor() + " & " + pair.mentee(), reasonTexts.label(pair.status(), locale),
                        sentences(pair.findings().stream().map(SimulationOutputs.FindingEntry::reason).toList())));
            }
        }
        if (rows.isEmpty()) {
            page.paragraph(language.pick("Aucun binôme ne fait l'objet d'un constat.", "No pair has any finding."));
        } else {
            page.table(List.of(language.pick("Binôme", "Pair"), language.pick("Statut", "Status"),
                    language.pick("Pourquoi", "Why")), rows);
        }
        if (!findings.programFindings().isEmpty()) {
            page.list(findings.programFindings().stream().map(SimulationOutputs.FindingEntry::reason).toList());
        }
    }

    /** What the simulation made the pairs do, so that a reader can hold the findings against it. */
    private void simulated(HtmlReport page) {
        page.heading(language.pick("Ce que la simulation a fait faire aux binômes",
                "What the simulation made the pairs do"));
        page.paragraph(language.pick(
                "La plupart des binômes se voient toutes les une à deux semaines et échangent des messages entre "
                        + "deux ; quelques-uns s'essoufflent à partir d'une semaine connue, un ne démarre jamais. "
                        + "Statut final de chacun de ces binômes :",
                "Most pairs meet every week or two and exchange messages in between; a few fade from a known week, "
                        + "one never starts. Final status of each of those pairs:"));
        List<String> lines = new ArrayList<>();
        LocalDate kickOff = outcome.calendar().window().kickOff();
        for (SimulationOutputs.PairEntry pair : findings.pairs()) {
            PairBehaviour behaviour = outcome.behaviours().get(PairId.of(pair.pair()));
            if (behaviour == null || behaviour.kind() == PairBehaviour.Kind.STEADY) {
                continue;
            }
            String what = behaviour.kind() == PairBehaviour.Kind.NEVER_STARTS
                    ? language.pick("ne se rencontrent jamais", "never meet")
                    : language.format("s'essoufflent à partir de la semaine %d (%s)", "fade from week %d (%s)",
                            behaviour.fadeWeek(), day.format(kickOff.plusWeeks(behaviour.fadeWeek())));
            lines.add(language.format("%s & %s : %s ; statut final : %s", "%s & %s: %s; final status: %s",
                    pair.mentor(), pair.mentee(), what, reasonTexts.label(pair.status(), locale)));
        }
        page.list(lines);
    }

    private void calendar(HtmlReport page) {
        ProgramCalendar calendar = outcome.calendar();
        LocalDate kickOff = calendar.window().kickOff();
        LocalDate closing = calendar.window().closing();
        page.heading(language.pick("Le calendrier et ses raisons", "The calendar and its reasons"));
        List<String> blackouts = new ArrayList<>();
        for (Blackout blackout : outcome.constraints().blackouts()) {
            boolean inside = !blackout.last().isBefore(kickOff) && !blackout.first().isAfter(closing);
            blackouts.add(language.format("%s, du %s au %s : %s", "%s, %s to %s: %s",
                    blackout.label().in(locale), day.format(blackout.first()), day.format(blackout.last()),
                    inside ? language.pick("pendant le programme, aucun temps collectif ces jours-là",
                            "inside the program, no collective session on those days")
                            : language.pick("hors des dates du programme, sans effet sur lui",
                                    "outside the program's dates, no effect on it")));
        }
        page.paragraph(language.pick(
                "Préréglage de dix mois de la pratique, planifié avec les jours fériés français et les fermetures de "
                        + "l'entreprise :",
                "The practice's ten-month preset, planned around French public holidays and the company's closures:"))
                .list(blackouts);
        for (QuestionnaireWindow window : calendar.questionnaires()) {
            page.paragraph(language.format("Questionnaire anonyme ouvert du %s au %s.",
                    "Anonymous questionnaire open from %s to %s.", day.format(window.opens()),
                    day.format(window.closes())));
        }
        List<List<String>> rows = new ArrayList<>();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale);
        for (PlannedTouchpoint touchpoint : calendar.touchpoints()) {
            rows.add(List.of(when.format(touchpoint.start()), touchpoint.summary(locale),
                    sentences(touchpoint.reasons().stream().map(r -> r.describe(locale)).toList())));
        }
        page.table(List.of(language.pick("Quand", "When"), language.pick("Quoi", "What"),
                language.pick("Pourquoi à cette date", "Why then")), rows);
        List<String> left = new ArrayList<>();
        for (DroppedOccurrence dropped : calendar.dropped()) {
            left.add(dropped.describe(locale));
        }
        for (UnfilledGap gap : calendar.unfilledGaps()) {
            left.add(gap.describe(locale));
        }
        if (!left.isEmpty()) {
            page.paragraph(language.pick("Ce que le calendrier n'a pas pu tenir :",
                    "What the calendar could not keep:")).list(left);
        }
    }

    /** Joins sentences into one paragraph, ending each that does not end yet. */
    private static String sentences(List<String> sentences) {
        return sentences.stream()
                .map(String::strip)
                .map(s -> s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".")
                .collect(Collectors.joining(" "));
    }

    /** A name short enough for a bar label: the format, not the theme. */
    private String formatName(PlannedTouchpoint touchpoint) {
        return switch (touchpoint.format()) {
            case KICK_OFF -> language.pick("Lancement", "Kick-off");
            case WEBINAR_FOCUS -> language.pick("Webinaire", "Webinar");
            case TESTIMONY_MEAL -> language.pick("Déjeuner", "Lunch");
            case INSPIRATION_CAPSULE -> "Capsule";
            case CO_DEVELOPMENT -> language.pick("Co-dév.", "Co-dev.");
            case COLLABORATIVE_WORKSHOP -> language.pick("Atelier", "Workshop");
            case MID_POINT_WORKSHOP -> language.pick("Mi-parcours", "Mid-point");
            case CLOSING_EVENT -> language.pick("Clôture", "Closing");
            default -> touchpoint.title().in(locale);
        };
    }
}
