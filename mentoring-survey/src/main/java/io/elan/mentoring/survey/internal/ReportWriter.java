package io.elan.mentoring.survey.internal;

import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.survey.internal.stats.Interval;
import io.elan.mentoring.survey.internal.stats.Proportions;
import io.elan.mentoring.survey.internal.stats.RankComparison;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.ItemKind;
import io.elan.mentoring.survey.questionnaire.Questionnaire;
import io.elan.mentoring.survey.questionnaire.Scale;
import io.elan.mentoring.survey.questionnaire.Topic;
import io.elan.mentoring.survey.questionnaire.Track;
import io.elan.mentoring.survey.report.ChangeSincePreviousWave;
import io.elan.mentoring.survey.report.ChoiceCount;
import io.elan.mentoring.survey.report.GroupFigures;
import io.elan.mentoring.survey.report.GroupReport;
import io.elan.mentoring.survey.report.ItemComparison;
import io.elan.mentoring.survey.report.ItemFigures;
import io.elan.mentoring.survey.report.ItemResult;
import io.elan.mentoring.survey.report.MannWhitney;
import io.elan.mentoring.survey.report.MannWhitneyMethod;
import io.elan.mentoring.survey.report.PairsStanding;
import io.elan.mentoring.survey.report.ScaleResult;
import io.elan.mentoring.survey.report.ShareDifference;
import io.elan.mentoring.survey.report.ThemeSuggestion;
import io.elan.mentoring.survey.report.internal.ReportWording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes the records of a report from what the guard decided: figures of released cells only, and for every
 * withheld one its reason. It decides nothing about anonymity; everything it reads has been cleared already, and it
 * never looks at the rows of a withheld cell.
 */
public final class ReportWriter {
    private static final int MAX_THEMES = 5;
    /** SciPy's {@code 'auto'} uses the exact distribution up to this many answers in the smaller sample. */
    private static final int AUTO_EXACT_LIMIT = 8;

    private final Questionnaire questionnaire;
    private final ResponseTable table;

    /**
     * @param questionnaire the wave's questionnaire
     * @param table the wave's responses
     */
    public ReportWriter(Questionnaire questionnaire, ResponseTable table) {
        this.questionnaire = questionnaire;
        this.table = table;
    }

    /**
     * @param group the decisions for the group
     * @param figures the group's respondents and invitations, or {@code null} when the group is withheld
     * @param changes by item id, the change against the previous wave of items that have one to show
     * @return the group's report
     */
    public GroupReport group(DecidedGroup group, @Nullable GroupFigures figures,
            Map<String, ChangeSincePreviousWave> changes) {
        List<ItemResult> items = new ArrayList<>();
        for (Item item : questionnaire.items()) {
            DecidedGroup.Cell cell = group.items().get(item.id());
            if (cell == null) {
                continue;
            }
            ItemFigures itemFigures = cell.released() ? Figures.item(table.column(item.id()), cell.rows(), true) : null;
            items.add(new ItemResult(item.id(), item.text(), item.kind(), itemFigures, cell.withheld(),
                    itemFigures == null ? null : changes.get(item.id())));
        }
        List<ScaleResult> scales = new ArrayList<>();
        for (Scale scale : questionnaire.scales()) {
            DecidedGroup.Cell cell = group.scales().get(scale.id());
            if (cell == null) {
                continue;
            }
            List<ResponseTable.Column> columns = scale.items().stream().map(table::column).toList();
            scales.add(new ScaleResult(scale.id(), scale.name(),
                    cell.released() ? Figures.scale(columns, cell.rows()) : null, cell.withheld()));
        }
        return new GroupReport(group.selection(), name(group.selection()),
                group.released() ? figures : null, group.respondents().withheld(), items, scales);
    }

    /**
     * @param item a numeric item
     * @param now the item's released cell in this wave
     * @param currentTable this wave's responses
     * @param previousWave the id of the wave compared with
     * @param previousTable that wave's responses
     * @param previous the same group's released cell of the item in that wave
     * @return how the item moved
     */
    public static ChangeSincePreviousWave change(Item item, DecidedGroup.Cell now, ResponseTable currentTable,
            String previousWave, ResponseTable previousTable, DecidedGroup.Cell previous) {
        int min = item.kind().min();
        long[] counts = currentTable.column(item.id()).counts(now.rows());
        long[] then = previousTable.column(item.id()).counts(previous.rows());
        double previousMean = Figures.mean(then, min);
        Interval difference = Proportions.newcombeDifference(
                Figures.favourableCount(counts, item.kind()), Figures.total(counts),
                Figures.favourableCount(then, item.kind()), Figures.total(then), Proportions.Z95);
        return new ChangeSincePreviousWave(previousWave, (int) Figures.total(then), previousMean,
                Figures.mean(counts, min) - previousMean,
                new ShareDifference(difference.estimate(), difference.lower(), difference.upper()));
    }

    /**
     * Mentors against mentees on every numeric item asked of both tracks.
     *
     * @param mentors the decisions for the mentors
     * @param mentees the decisions for the mentees
     * @param method how to compute p
     * @param useContinuity whether an asymptotic p is continuity-corrected
     * @return one comparison per item, withheld where either side is
     */
    public List<ItemComparison> comparisons(DecidedGroup mentors, DecidedGroup mentees, MannWhitneyMethod method,
            boolean useContinuity) {
        List<ItemComparison> comparisons = new ArrayList<>();
        for (Item item : questionnaire.items()) {
            if (!item.kind().numeric() || item.track() != Track.EVERYONE) {
                continue;
            }
            DecidedGroup.Cell first = mentors.items().get(item.id());
            DecidedGroup.Cell second = mentees.items().get(item.id());
            if (first == null || second == null) {
                continue;
            }
            if (!first.released() || !second.released()) {
                comparisons.add(new ItemComparison(item.id(), item.text(), null,
                        first.released() ? second.withheld() : first.withheld()));
                continue;
            }
            ResponseTable.Column column = table.column(item.id());
            long[] x = column.counts(first.rows());
            long[] y = column.counts(second.rows());
            RankComparison test = rankTest(x, y, method, useContinuity);
            comparisons.add(new ItemComparison(item.id(), item.text(),
                    new MannWhitney(first.rows().cardinality(), second.rows().cardinality(), test.u(), test.p(),
                            test.rankBiserial(), test.exact() ? MannWhitneyMethod.EXACT : MannWhitneyMethod.ASYMPTOTIC,
                            test.continuityCorrection()),
                    null));
        }
        return comparisons;
    }

    private static RankComparison rankTest(long[] x, long[] y, MannWhitneyMethod method, boolean useContinuity) {
        RankComparison asymptotic = RankComparison.of(x, y, useContinuity);
        long n1 = Figures.total(x);
        long n2 = Figures.total(y);
        boolean exact = switch (method) {
            case AUTO -> Math.min(n1, n2) <= AUTO_EXACT_LIMIT && RankComparison.exactApplies(n1, n2,
                    asymptotic.ties());
            case EXACT -> RankComparison.exactApplies(n1, n2, asymptotic.ties());
            case ASYMPTOTIC -> false;
        };
        return exact ? RankComparison.exact(x, y) : asymptotic;
    }

    /**
     * @param whole the whole wave's report
     * @return up to five workshop themes, most pressing first, from the whole wave's released figures
     */
    public List<ThemeSuggestion> themes(GroupReport whole) {
        record Candidate(String source, LocalizedText theme, double share, LocalizedText why) {}
        List<Candidate> candidates = new ArrayList<>();
        for (ItemResult result : whole.items()) {
            ItemFigures figures = result.figures();
            if (figures == null) {
                continue;
            }
            Topic topic = topicOf(result);
            if (result.kind() == ItemKind.MULTIPLE_CHOICE || result.kind() == ItemKind.SINGLE_CHOICE) {
                if (topic != Topic.WORKSHOP) {
                    continue;
                }
                for (ChoiceCount count : figures.distribution()) {
                    candidates.add(new Candidate(result.item() + ":" + count.value(), count.label(), count.share(),
                            ReportWording.localized("theme.askedFor",
                                    words -> new Object[] {words.percent(count.share())})));
                }
            } else if (figures.favourable() != null && isConcern(topic)) {
                double share = result.kind() == ItemKind.SCORE_0_10 && figures.netPromoterScore() != null
                        ? (double) figures.netPromoterScore().detractors() / figures.n()
                        : 1 - figures.favourable().estimate();
                candidates.add(new Candidate(result.item(), result.text(), share,
                        ReportWording.localized("theme.notFavourable", words -> new Object[] {words.percent(share)})));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::share).reversed().thenComparing(Candidate::source));
        List<ThemeSuggestion> themes = new ArrayList<>();
        for (Candidate c : candidates) {
            if (themes.size() == MAX_THEMES || c.share() == 0) {
                break;
            }
            themes.add(new ThemeSuggestion(themes.size() + 1, c.source(), c.theme(), c.share(), c.why()));
        }
        return themes;
    }

    /**
     * @param whole the whole wave's report
     * @return the meeting-pace and relationship items of the whole wave, with a reading of those released
     */
    public PairsStanding pairsStanding(GroupReport whole) {
        List<ItemResult> pace = new ArrayList<>();
        List<ItemResult> relationship = new ArrayList<>();
        List<LocalizedText> reading = new ArrayList<>();
        for (ItemResult result : whole.items()) {
            Topic topic = topicOf(result);
            if (topic != Topic.MEETING_PACE && topic != Topic.RELATIONSHIP) {
                continue;
            }
            (topic == Topic.MEETING_PACE ? pace : relationship).add(result);
            ItemFigures figures = result.figures();
            if (figures == null) {
                continue;
            }
            if (figures.favourable() != null) {
                double share = figures.favourable().estimate();
                reading.add(ReportWording.localized("standing.favourable", words -> new Object[] {
                        result.text().in(words.language()), words.percent(share), figures.n()}));
            } else if (!figures.distribution().isEmpty()) {
                ChoiceCount top = figures.distribution().stream().max(Comparator.comparingLong(ChoiceCount::count))
                        .orElseThrow();
                reading.add(ReportWording.localized("standing.mostOften", words -> new Object[] {
                        result.text().in(words.language()), words.percent(top.share()), figures.n(),
                        top.label().in(words.language())}));
            }
        }
        if (reading.isEmpty()) {
            reading.add(ReportWording.localized("standing.none", words -> new Object[0]));
        }
        return new PairsStanding(pace, relationship, reading);
    }

    /**
     * @param selection segment values
     * @return the group's name in French and English, such as "Mentorés, cohorte 2026"
     */
    public static LocalizedText name(Map<String, String> selection) {
        if (selection.isEmpty()) {
            return ReportWording.localized("group.all", words -> new Object[0]);
        }
        Map<Locale, String> names = new LinkedHashMap<>();
        for (Locale language : ReportWording.SHIPPED) {
            ReportWording words = ReportWording.forReader(language);
            List<String> parts = new ArrayList<>();
            for (String dimension : Segments.DIMENSIONS) {
                String value = selection.get(dimension);
                if (value == null) {
                    continue;
                }
                if (dimension.equals(Segments.ROLE)) {
                    parts.add(words.say("group." + (value.equals(Role.MENTOR.name()) ? Role.MENTOR : Role.MENTEE)));
                } else {
                    parts.add(dimensionLabel(dimension, words) + " " + value);
                }
            }
            names.put(language, capitalise(String.join(", ", parts)));
        }
        return new LocalizedText(names);
    }

    private static String dimensionLabel(String dimension, ReportWording words) {
        return Segments.DIMENSIONS.contains(dimension) ? words.say("dimension." + dimension) : dimension;
    }

    private @Nullable Topic topicOf(ItemResult result) {
        return questionnaire.item(result.item()).map(Item::topic).orElse(null);
    }

    private static boolean isConcern(@Nullable Topic topic) {
        return topic != null && topic != Topic.WORKSHOP && topic != Topic.OVERALL;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
