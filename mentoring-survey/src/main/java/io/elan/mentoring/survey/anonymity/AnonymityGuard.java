package io.elan.mentoring.survey.anonymity;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.survey.internal.Figures;
import io.elan.mentoring.survey.internal.ReleaseHistory;
import io.elan.mentoring.survey.internal.ResponseTable;
import io.elan.mentoring.survey.internal.stats.Interval;
import io.elan.mentoring.survey.internal.stats.Proportions;
import io.elan.mentoring.survey.internal.stats.RankComparison;
import io.elan.mentoring.survey.questionnaire.Bilingual;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.ItemKind;
import io.elan.mentoring.survey.questionnaire.Questionnaire;
import io.elan.mentoring.survey.questionnaire.Scale;
import io.elan.mentoring.survey.questionnaire.Topic;
import io.elan.mentoring.survey.questionnaire.Track;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.report.Change;
import io.elan.mentoring.survey.report.Count;
import io.elan.mentoring.survey.report.Difference;
import io.elan.mentoring.survey.report.GroupFigures;
import io.elan.mentoring.survey.report.GroupReport;
import io.elan.mentoring.survey.report.ItemComparison;
import io.elan.mentoring.survey.report.ItemFigures;
import io.elan.mentoring.survey.report.ItemResult;
import io.elan.mentoring.survey.report.MannWhitney;
import io.elan.mentoring.survey.report.PairsStanding;
import io.elan.mentoring.survey.report.ReportHeader;
import io.elan.mentoring.survey.report.ScaleResult;
import io.elan.mentoring.survey.report.SurveyReport;
import io.elan.mentoring.survey.report.ThemeSuggestion;
import io.elan.mentoring.survey.report.Withheld;
import io.elan.mentoring.survey.report.WithheldReason;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The only way survey results leave the module. Every figure it returns is computed from at least k respondents
 * (the {@link AnonymityPolicy}), free-text comments only from groups of at least the free-text threshold, and no
 * figure it withholds can be recovered by subtracting figures it released:
 * <ul>
 *   <li>when a role or cohort group is withheld for being too small, the next-smallest sibling groups are withheld
 *       too until the hidden groups together hold at least k respondents (complementary suppression);</li>
 *   <li>it remembers the respondents behind every figure it released for a wave, per item, and refuses a figure
 *       whose respondents differ from an overlapping released one by fewer than k, or that together with released
 *       disjoint groups would leave a remainder of fewer than k; this covers segment queries and the same report
 *       asked again after a few more responses came in;</li>
 *   <li>withheld figures say "fewer than k" or why they are hidden, never zero.</li>
 * </ul>
 *
 * <p>The respondents behind released figures are remembered, as fingerprints of stored tokens, in a
 * {@link ReleaseLedger}: in memory by default, so a host that restarts during a program, or runs several nodes, gives
 * the guard a ledger on shared storage (the JDBC store has one); a host with several nodes produces one wave's
 * reports on one node at a time.
 *
 * <h2>Concurrency</h2>
 * Thread-safe: calls are serialised, because two concurrent releases checked against the same history could
 * together expose what neither does alone.
 */
public final class AnonymityGuard {
    private static final String RESPONDENTS = "respondents";
    private static final int MAX_THEMES = 5;

    private enum Dimension { ALL, ROLE, COHORT }

    private record Group(Selection selection, Dimension dimension, @Nullable Role role, BitSet rows) {}

    private record Cell(BitSet rows, @Nullable Withheld withheld) {
        boolean released() {
            return withheld == null;
        }
    }

    @FunctionalInterface
    private interface CellRows {
        @Nullable BitSet of(BitSet groupRows, @Nullable Role role);
    }

    private final SurveyResponseStore store;
    private final TokenRegistry registry;
    private final AnonymityPolicy policy;
    private final ReleaseLedger ledger;

    /**
     * @param store where responses are read
     * @param registry where invitations are read, for response rates
     * @param policy the thresholds
     * @param ledger where the respondents behind released figures are remembered
     */
    public AnonymityGuard(SurveyResponseStore store, TokenRegistry registry, AnonymityPolicy policy,
            ReleaseLedger ledger) {
        this.store = Objects.requireNonNull(store, "store");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * A guard that remembers released figures in memory only (see {@link InMemoryReleaseLedger}).
     *
     * @param store where responses are read
     * @param registry where invitations are read, for response rates
     * @param policy the thresholds
     */
    public AnonymityGuard(SurveyResponseStore store, TokenRegistry registry, AnonymityPolicy policy) {
        this(store, registry, policy, new InMemoryReleaseLedger());
    }

    /** @return the thresholds this guard applies */
    public AnonymityPolicy policy() {
        return policy;
    }

    /**
     * The full report of a wave: the whole wave, each role and each cohort, mentors against mentees, the change
     * against the previous wave, workshop themes and where the pairs stand.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @param previous the wave to compare with, or {@code null}
     * @return the report
     */
    public synchronized SurveyReport report(TenantId tenant, ProgramId program, Wave wave, @Nullable Wave previous) {
        Analysis current = analyse(tenant, program, wave);
        @Nullable Analysis before = previous == null ? null : analyse(tenant, program, previous);
        List<GroupReport> groups = new ArrayList<>();
        for (int g = 0; g < current.groups.size(); g++) {
            groups.add(current.groupReport(g, before));
        }
        GroupReport whole = groups.get(0);
        SurveyReport report = new SurveyReport(
                new ReportHeader(program.value(), wave.id(), wave.kind(), wave.questionnaire().title(),
                        previous == null ? null : previous.id(), policy.threshold()),
                groups, current.comparisons(), themes(whole, wave.questionnaire()),
                pairsStanding(whole, wave.questionnaire()));
        remember(tenant, program, current.view);
        if (before != null) {
            remember(tenant, program, before.view);
        }
        return report;
    }

    private void remember(TenantId tenant, ProgramId program, WaveView view) {
        Map<String, List<long[]>> recorded = view.history.recordedSinceLoad();
        if (!recorded.isEmpty()) {
            ledger.append(tenant, program, view.wave.id(), recorded);
        }
    }

    /**
     * The figures of one selection of respondents, such as the mentees of one cohort.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @param selection the respondents to report on
     * @return the group's figures, withheld where too few respondents stand behind them
     * @throws QueryRefusedException if the selection differs from an already released overlapping selection by
     *     fewer than k respondents; nothing is released then
     */
    public synchronized GroupReport query(TenantId tenant, ProgramId program, Wave wave, Selection selection) {
        WaveView view = view(tenant, program, wave);
        @Nullable Role role = roleOf(selection);
        Group group = new Group(selection, Dimension.ALL, role, view.table.select(selection.segments()));
        BitSet stable = view.stable(group.rows);
        ReleaseHistory.Refusal refusal = view.history.refusal(RESPONDENTS, stable, policy.threshold());
        if (refusal == ReleaseHistory.Refusal.TOO_CLOSE) {
            throw new QueryRefusedException(selection, policy.threshold());
        }
        Analysis analysis = new Analysis(view, List.of(group));
        if (refusal == null) {
            view.history.record(RESPONDENTS, stable);
            analysis.respondents.add(new Cell(group.rows, null));
        } else {
            analysis.respondents.add(new Cell(group.rows, Withheld.of(WithheldReason.FEWER_THAN_THRESHOLD,
                    policy.threshold())));
        }
        analysis.decideItemsAndScales(refusal == null);
        GroupReport result = analysis.groupReport(0, null);
        remember(tenant, program, view);
        return result;
    }

    private Analysis analyse(TenantId tenant, ProgramId program, Wave wave) {
        WaveView view = view(tenant, program, wave);
        List<Group> groups = new ArrayList<>();
        groups.add(new Group(Selection.all(), Dimension.ALL, null, view.table.select(Map.of())));
        for (Role role : Role.values()) {
            Selection selection = Selection.role(role);
            groups.add(new Group(selection, Dimension.ROLE, role, view.table.select(selection.segments())));
        }
        TreeSet<String> cohorts = new TreeSet<>(view.table.segmentValues(Segments.COHORT));
        for (Invitation invitation : view.invitations) {
            String cohort = invitation.segments().get(Segments.COHORT);
            if (cohort != null) {
                cohorts.add(cohort);
            }
        }
        for (String cohort : cohorts) {
            Selection selection = Selection.cohort(cohort);
            groups.add(new Group(selection, Dimension.COHORT, null, view.table.select(selection.segments())));
        }
        Analysis analysis = new Analysis(view, groups);
        analysis.respondents.addAll(analysis.decide(RESPONDENTS, (rows, role) -> rows, policy.threshold(), true));
        analysis.decideItemsAndScales(true);
        return analysis;
    }

    private WaveView view(TenantId tenant, ProgramId program, Wave wave) {
        List<SurveyResponse> responses;
        try (Stream<SurveyResponse> stream = store.responses(tenant, program, wave.id())) {
            responses = stream.toList();
        }
        ResponseTable table = ResponseTable.of(wave.questionnaire(), responses);
        ReleaseHistory history = ReleaseHistory.of(ledger.released(tenant, program, wave.id()));
        return new WaveView(wave, table, history, history.stableIndices(table.fingerprints()),
                registry.invitations(tenant, program, wave.id()));
    }

    private static @Nullable Role roleOf(Selection selection) {
        String role = selection.segments().get(Segments.ROLE);
        return role == null ? null : Role.valueOf(role);
    }

    private static final class WaveView {
        final Wave wave;
        final ResponseTable table;
        final ReleaseHistory history;
        final int[] stableIndex;
        final boolean identity;
        final List<Invitation> invitations;

        WaveView(Wave wave, ResponseTable table, ReleaseHistory history, int[] stableIndex,
                List<Invitation> invitations) {
            this.wave = wave;
            this.table = table;
            this.history = history;
            this.stableIndex = stableIndex;
            this.invitations = invitations;
            boolean same = true;
            for (int r = 0; r < stableIndex.length && same; r++) {
                same = stableIndex[r] == r;
            }
            this.identity = same;
        }

        BitSet stable(BitSet rows) {
            if (identity) {
                // The first look at a wave numbers respondents in row order: nothing to translate.
                return rows;
            }
            BitSet stable = new BitSet();
            for (int r = rows.nextSetBit(0); r >= 0; r = rows.nextSetBit(r + 1)) {
                stable.set(stableIndex[r]);
            }
            return stable;
        }

        int invited(Selection selection) {
            int invited = 0;
            for (Invitation invitation : invitations) {
                if (invitation.segments().entrySet().containsAll(selection.segments().entrySet())) {
                    invited++;
                }
            }
            return invited;
        }
    }

    private final class Analysis {
        final WaveView view;
        final List<Group> groups;
        final List<@Nullable Cell> respondents = new ArrayList<>();
        final Map<String, List<@Nullable Cell>> items = new HashMap<>();
        final Map<String, List<@Nullable Cell>> scales = new HashMap<>();

        Analysis(WaveView view, List<Group> groups) {
            this.view = view;
            this.groups = groups;
        }

        Questionnaire questionnaire() {
            return view.wave.questionnaire();
        }

        void decideItemsAndScales(boolean groupShown) {
            boolean siblings = groups.size() > 1;
            for (Item item : questionnaire().items()) {
                BitSet answered = view.table.column(item.id()).answered();
                int threshold = item.kind() == ItemKind.FREE_TEXT ? policy.freeTextThreshold() : policy.threshold();
                CellRows rowsOf = (rows, role) -> {
                    if (role != null && !item.track().includes(role)) {
                        return null;
                    }
                    BitSet cell = (BitSet) rows.clone();
                    cell.and(answered);
                    return cell;
                };
                items.put(item.id(), groupShown ? decide(item.id(), rowsOf, threshold, siblings)
                        : withheldEverywhere(rowsOf, WithheldReason.FEWER_THAN_THRESHOLD));
            }
            for (Scale scale : questionnaire().scales()) {
                Track track = questionnaire().item(scale.items().get(0)).orElseThrow().track();
                CellRows rowsOf = (rows, role) -> {
                    if (role != null && !track.includes(role)) {
                        return null;
                    }
                    BitSet cell = (BitSet) rows.clone();
                    for (String itemId : scale.items()) {
                        cell.and(view.table.column(itemId).answered());
                    }
                    return cell;
                };
                scales.put(scale.id(), groupShown ? decide("scale:" + scale.id(), rowsOf, policy.threshold(), siblings)
                        : withheldEverywhere(rowsOf, WithheldReason.FEWER_THAN_THRESHOLD));
            }
        }

        private List<@Nullable Cell> withheldEverywhere(CellRows rowsOf, WithheldReason reason) {
            List<@Nullable Cell> cells = new ArrayList<>();
            for (Group group : groups) {
                BitSet rows = rowsOf.of(group.rows, group.role);
                cells.add(rows == null ? null : new Cell(rows, Withheld.of(reason, policy.threshold())));
            }
            return cells;
        }

        /**
         * Decides every group's cell for one key: complementary suppression among siblings first, then the release
         * history, the whole wave first and larger groups before smaller ones so that the widest figures survive.
         */
        List<@Nullable Cell> decide(String key, CellRows rowsOf, int threshold, boolean siblings) {
            List<@Nullable BitSet> rows = new ArrayList<>();
            for (Group group : groups) {
                rows.add(rowsOf.of(group.rows, group.role));
            }
            Map<Integer, WithheldReason> preset = new HashMap<>();
            if (siblings) {
                suppressSiblings(Dimension.ROLE, Segments.ROLE, rows, rowsOf, threshold, preset);
                suppressSiblings(Dimension.COHORT, Segments.COHORT, rows, rowsOf, threshold, preset);
            }
            List<Integer> order = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                if (rows.get(g) != null) {
                    order.add(g);
                }
            }
            order.sort(Comparator.comparing((Integer g) -> groups.get(g).dimension != Dimension.ALL)
                    .thenComparing(g -> -Objects.requireNonNull(rows.get(g)).cardinality())
                    .thenComparing(g -> g));
            List<@Nullable Cell> cells = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                cells.add(null);
            }
            for (int g : order) {
                BitSet cellRows = Objects.requireNonNull(rows.get(g));
                WithheldReason reason = preset.get(g);
                if (reason == null) {
                    BitSet stable = view.stable(cellRows);
                    ReleaseHistory.Refusal refusal = view.history.refusal(key, stable, threshold);
                    if (refusal == null) {
                        view.history.record(key, stable);
                    } else {
                        reason = refusal == ReleaseHistory.Refusal.TOO_FEW ? WithheldReason.FEWER_THAN_THRESHOLD
                                : WithheldReason.TOO_CLOSE_TO_RELEASED;
                    }
                }
                cells.set(g, new Cell(cellRows, reason == null ? null : Withheld.of(reason, threshold)));
            }
            return cells;
        }

        private void suppressSiblings(Dimension dimension, String segment, List<@Nullable BitSet> rows,
                CellRows rowsOf, int threshold, Map<Integer, WithheldReason> preset) {
            // Sibling -1 stands for the respondents who lack the segment: never shown, but subtractable.
            List<Integer> siblings = new ArrayList<>();
            Map<Integer, Integer> sizes = new HashMap<>();
            for (int g = 0; g < groups.size(); g++) {
                BitSet cell = rows.get(g);
                if (groups.get(g).dimension == dimension && cell != null) {
                    siblings.add(g);
                    sizes.put(g, cell.cardinality());
                }
            }
            BitSet lacking = rowsOf.of(view.table.lacking(segment), null);
            siblings.add(-1);
            sizes.put(-1, lacking == null ? 0 : lacking.cardinality());
            int hidden = 0;
            List<Integer> candidates = new ArrayList<>();
            for (int g : siblings) {
                int size = sizes.get(g);
                if (size < threshold) {
                    hidden += size;
                    if (g >= 0) {
                        preset.put(g, WithheldReason.FEWER_THAN_THRESHOLD);
                    }
                } else {
                    candidates.add(g);
                }
            }
            if (hidden == 0) {
                return;
            }
            candidates.sort(Comparator.comparing((Integer g) -> sizes.get(g)).thenComparing(g -> g));
            for (int g : candidates) {
                if (hidden >= threshold) {
                    break;
                }
                hidden += sizes.get(g);
                if (g >= 0) {
                    preset.putIfAbsent(g, WithheldReason.PROTECTS_SMALLER_GROUP);
                }
            }
        }

        GroupReport groupReport(int g, @Nullable Analysis before) {
            Group group = groups.get(g);
            Cell respondentCell = Objects.requireNonNull(respondents.get(g));
            GroupFigures figures = null;
            if (respondentCell.released()) {
                int respondentCount = respondentCell.rows.cardinality();
                int invited = view.invited(group.selection);
                figures = new GroupFigures(respondentCount, invited,
                        invited == 0 ? null : (double) respondentCount / invited);
            }
            List<ItemResult> itemResults = new ArrayList<>();
            for (Item item : questionnaire().items()) {
                Cell cell = items.get(item.id()).get(g);
                if (cell == null) {
                    continue;
                }
                ItemFigures itemFigures = cell.released()
                        ? Figures.item(view.table.column(item.id()), cell.rows, true)
                        : null;
                Change change = itemFigures == null || before == null ? null : change(item, g, cell, before);
                itemResults.add(new ItemResult(item.id(), item.text(), item.kind(), itemFigures, cell.withheld,
                        change));
            }
            List<ScaleResult> scaleResults = new ArrayList<>();
            for (Scale scale : questionnaire().scales()) {
                Cell cell = scales.get(scale.id()).get(g);
                if (cell == null) {
                    continue;
                }
                List<ResponseTable.Column> columns = scale.items().stream().map(view.table::column).toList();
                scaleResults.add(new ScaleResult(scale.id(), scale.name(),
                        cell.released() ? Figures.scale(columns, cell.rows) : null, cell.withheld));
            }
            return new GroupReport(group.selection.segments(), name(group.selection), figures,
                    respondentCell.withheld, itemResults, scaleResults);
        }

        private @Nullable Change change(Item item, int g, Cell cell, Analysis before) {
            if (!item.kind().numeric()) {
                return null;
            }
            Item previousItem = before.questionnaire().item(item.id()).orElse(null);
            if (previousItem == null || previousItem.kind() != item.kind()) {
                return null;
            }
            Selection selection = groups.get(g).selection;
            for (int p = 0; p < before.groups.size(); p++) {
                if (!before.groups.get(p).selection.equals(selection)) {
                    continue;
                }
                Cell previous = before.items.get(item.id()).get(p);
                if (previous == null || !previous.released()) {
                    return null;
                }
                int min = item.kind().min();
                long[] now = view.table.column(item.id()).counts(cell.rows);
                long[] then = before.view.table.column(item.id()).counts(previous.rows);
                double previousMean = Figures.mean(then, min);
                Interval difference = Proportions.newcombeDifference(
                        Figures.favourableCount(now, item.kind()), Figures.total(now),
                        Figures.favourableCount(then, item.kind()), Figures.total(then), Proportions.Z95);
                return new Change(before.view.wave.id(), (int) Figures.total(then), previousMean,
                        Figures.mean(now, min) - previousMean,
                        new Difference(difference.estimate(), difference.lower(), difference.upper()));
            }
            return null;
        }

        List<ItemComparison> comparisons() {
            int mentors = indexOf(Selection.role(Role.MENTOR));
            int mentees = indexOf(Selection.role(Role.MENTEE));
            List<ItemComparison> comparisons = new ArrayList<>();
            for (Item item : questionnaire().items()) {
                if (!item.kind().numeric() || item.track() != Track.EVERYONE) {
                    continue;
                }
                Cell first = Objects.requireNonNull(items.get(item.id()).get(mentors));
                Cell second = Objects.requireNonNull(items.get(item.id()).get(mentees));
                if (!first.released() || !second.released()) {
                    comparisons.add(new ItemComparison(item.id(), item.text(), null,
                            first.released() ? second.withheld : first.withheld));
                    continue;
                }
                ResponseTable.Column column = view.table.column(item.id());
                RankComparison test = RankComparison.of(column.counts(first.rows), column.counts(second.rows), true);
                comparisons.add(new ItemComparison(item.id(), item.text(),
                        new MannWhitney(first.rows.cardinality(), second.rows.cardinality(), test.u(), test.p(),
                                test.rankBiserial()),
                        null));
            }
            return comparisons;
        }

        private int indexOf(Selection selection) {
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).selection.equals(selection)) {
                    return g;
                }
            }
            throw new IllegalStateException("no group " + selection);
        }
    }

    private static List<ThemeSuggestion> themes(GroupReport whole, Questionnaire questionnaire) {
        record Candidate(String source, Bilingual theme, double share, Bilingual why) {}
        List<Candidate> candidates = new ArrayList<>();
        for (ItemResult result : whole.items()) {
            ItemFigures figures = result.figures();
            if (figures == null) {
                continue;
            }
            if (result.kind() == ItemKind.MULTIPLE_CHOICE || result.kind() == ItemKind.SINGLE_CHOICE) {
                if (topicOf(questionnaire, result) != Topic.WORKSHOP) {
                    continue;
                }
                for (Count count : figures.distribution()) {
                    candidates.add(new Candidate(result.item() + ":" + count.value(), count.label(), count.share(),
                            Bilingual.of("demandé par " + percentFr(count.share()) + " des répondants",
                                    "asked for by " + percentEn(count.share()) + " of respondents")));
                }
            } else if (figures.favourable() != null && isConcern(topicOf(questionnaire, result))) {
                double share = result.kind() == ItemKind.SCORE_0_10 && figures.netPromoterScore() != null
                        ? (double) figures.netPromoterScore().detractors() / figures.n()
                        : 1 - figures.favourable().estimate();
                candidates.add(new Candidate(result.item(), result.text(), share,
                        Bilingual.of(percentFr(share) + " de réponses non favorables",
                                percentEn(share) + " of answers not favourable")));
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

    private static boolean isConcern(@Nullable Topic topic) {
        return topic != null && topic != Topic.WORKSHOP && topic != Topic.OVERALL;
    }

    private static @Nullable Topic topicOf(Questionnaire questionnaire, ItemResult result) {
        return questionnaire.item(result.item()).map(Item::topic).orElse(null);
    }

    private static PairsStanding pairsStanding(GroupReport whole, Questionnaire questionnaire) {
        List<ItemResult> pace = new ArrayList<>();
        List<ItemResult> relationship = new ArrayList<>();
        List<Bilingual> reading = new ArrayList<>();
        for (ItemResult result : whole.items()) {
            Topic topic = topicOf(questionnaire, result);
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
                reading.add(Bilingual.of(
                        result.text().french() + " — " + percentFr(share) + " de réponses favorables (n = "
                                + figures.n() + ")",
                        result.text().english() + " — " + percentEn(share) + " favourable (n = " + figures.n() + ")"));
            } else if (!figures.distribution().isEmpty()) {
                Count top = figures.distribution().stream().max(Comparator.comparingLong(Count::count)).orElseThrow();
                reading.add(Bilingual.of(
                        result.text().french() + " — le plus souvent : " + top.label().french() + " ("
                                + percentFr(top.share()) + ", n = " + figures.n() + ")",
                        result.text().english() + " — most often: " + top.label().english() + " ("
                                + percentEn(top.share()) + ", n = " + figures.n() + ")"));
            }
        }
        if (reading.isEmpty()) {
            reading.add(Bilingual.of("Pas assez de réponses pour situer les binômes.",
                    "Not enough answers to say where the pairs stand."));
        }
        return new PairsStanding(pace, relationship, reading);
    }

    private static String percentFr(double share) {
        // French typography: a narrow no-break space would be ideal; a plain space reads everywhere.
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    private static String percentEn(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static Bilingual name(Selection selection) {
        if (selection.segments().isEmpty()) {
            return Bilingual.of("Ensemble des répondants", "All respondents");
        }
        List<String> french = new ArrayList<>();
        List<String> english = new ArrayList<>();
        String role = selection.segments().get(Segments.ROLE);
        if (role != null) {
            french.add(role.equals("MENTOR") ? "Mentors" : "Mentorés");
            english.add(role.equals("MENTOR") ? "Mentors" : "Mentees");
        }
        String cohort = selection.segments().get(Segments.COHORT);
        if (cohort != null) {
            french.add("cohorte " + cohort);
            english.add("cohort " + cohort);
        }
        return Bilingual.of(capitalise(String.join(", ", french)), capitalise(String.join(", ", english)));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
