package io.elan.mentoring.survey.anonymity;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.survey.internal.DecidedGroup;
import io.elan.mentoring.survey.internal.ReportWriter;
import io.elan.mentoring.survey.internal.ResponseTable;
import io.elan.mentoring.survey.internal.WaveDefinitions;
import io.elan.mentoring.survey.internal.audit.ReleaseAudit;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveRedefinedException;
import io.elan.mentoring.survey.report.ChangeSincePreviousWave;
import io.elan.mentoring.survey.report.GroupFigures;
import io.elan.mentoring.survey.report.GroupReport;
import io.elan.mentoring.survey.report.ItemComparison;
import io.elan.mentoring.survey.report.MannWhitneyMethod;
import io.elan.mentoring.survey.report.ReportHeader;
import io.elan.mentoring.survey.report.SurveyReport;
import io.elan.mentoring.survey.report.WithheldReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The only way survey results leave the module. Before it releases any figure, the guard considers everything
 * already released from the wave, and releases the figure only if no combination of released figures — sums and
 * differences of any number of them — would single out the answers of fewer than k respondents (the
 * {@link AnonymityPolicy}), or the comments of fewer than the free-text threshold. The rule and why it suffices are
 * those of the release audit: every figure is computed over a set of (respondent, item) answers, released sets split
 * each item's answers into atoms, and no atom may hold fewer than k respondents.
 * <ul>
 *   <li>A group's count of respondents is decided first; when it is withheld, nothing computed from the group
 *       appears: not its n, not an item or scale figure, not a comparison, a theme or a reading.</li>
 *   <li>A withheld figure says why, in words: "fewer than k", "hidden so that a group of fewer than k cannot be
 *       deduced", or "differs from figures already released by fewer than k"; never zero.</li>
 *   <li>This covers segment queries asked in any order, the same report asked again after a few more responses,
 *       scales over items some respondents skipped, and siblings subtracted from a total.</li>
 * </ul>
 *
 * <p>What was released is remembered in a {@link ReleaseLedger}, as fingerprints of stored tokens, and read again on
 * every call: guards over the same ledger, on one node or several, and after a restart, share one history; the
 * builder requires the survey stores, the ledger among them, so no guard starts from an empty history by accident. A
 * host with several nodes produces one wave's reports on one node at a time.
 *
 * <p>A wave is pinned in a {@link WaveDefinitionStore} when it opens: its questionnaire (items, kinds, options,
 * tracks, scales) and its segment dimensions. A report or query with another definition under the same wave id is
 * refused with a {@link WaveRedefinedException} that lists the differences: figures released under one definition
 * must never be combined with figures released under another.
 *
 * <h2>Concurrency</h2>
 * Thread-safe: calls are serialised, because two concurrent releases checked against the same history could
 * together expose what neither does alone.
 */
public final class AnonymityGuard {
    private final SurveyResponseStore store;
    private final TokenRegistry registry;
    private final ReleaseLedger ledger;
    private final WaveDefinitionStore waves;
    private final AnonymityPolicy policy;
    private final MannWhitneyMethod mannWhitneyMethod;
    private final boolean useContinuity;

    private AnonymityGuard(Builder builder, SurveyStores stores) {
        this.store = stores.surveyResponseStore();
        this.registry = stores.tokenRegistry();
        this.ledger = stores.releaseLedger();
        this.waves = stores.waveDefinitionStore();
        this.policy = builder.policy;
        this.mannWhitneyMethod = builder.mannWhitneyMethod;
        this.useContinuity = builder.useContinuity;
    }

    /**
     * @return a builder; the survey stores are required, and every guard and collector of a program, on every node,
     *     is given the same stores
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the thresholds this guard applies */
    public AnonymityPolicy policy() {
        return policy;
    }

    /**
     * The full report of a wave: the whole wave, each value of each segment dimension the wave declares, mentors
     * against mentees, the change against the previous wave, workshop themes and where the pairs stand.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @param previous the wave to compare with, or {@code null}
     * @return the report
     * @throws WaveRedefinedException if either wave was opened with another definition; nothing is released then
     */
    public synchronized SurveyReport report(TenantId tenant, ProgramId program, Wave wave, @Nullable Wave previous) {
        WaveDefinitions.pin(waves, tenant, program, wave);
        if (previous != null) {
            WaveDefinitions.pin(waves, tenant, program, previous);
        }
        WaveState current = load(tenant, program, wave);
        @Nullable WaveState before = previous == null ? null : load(tenant, program, previous);
        List<Map<String, String>> selections = selections(current);
        Map<Map<String, String>, DecidedGroup> decided = new HashMap<>();
        for (Map<String, String> selection : decisionOrder(current, selections)) {
            decided.put(selection, current.decisions.decide(selection));
        }
        List<GroupReport> groups = new ArrayList<>();
        for (Map<String, String> selection : selections) {
            DecidedGroup group = decided.get(selection);
            groups.add(current.writer.group(group, figures(current, group),
                    before == null ? Map.of() : changes(current, group, before)));
        }
        DecidedGroup mentors = decided.get(RespondentGroup.role(Role.MENTOR).segments());
        DecidedGroup mentees = decided.get(RespondentGroup.role(Role.MENTEE).segments());
        List<ItemComparison> comparisons = current.writer.comparisons(mentors, mentees, mannWhitneyMethod,
                useContinuity);
        GroupReport whole = groups.get(0);
        SurveyReport report = new SurveyReport(
                new ReportHeader(program.value(), wave.id(), wave.kind(), wave.questionnaire().title(),
                        previous == null ? null : previous.id(), policy.threshold()),
                groups, comparisons, current.writer.themes(whole), current.writer.pairsStanding(whole));
        remember(tenant, program, current);
        if (before != null) {
            remember(tenant, program, before);
        }
        return report;
    }

    /**
     * The figures of one selection of respondents, such as the mentees of one cohort.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @param selection the respondents to report on
     * @return the group's figures, withheld where too few respondents stand behind them
     * @throws QueryRefusedException if the group, combined with figures already released, would single out fewer
     *     than k respondents; nothing is released then
     * @throws InvalidValueException if the selection names a dimension the wave does not declare
     * @throws WaveRedefinedException if the wave was opened with another definition; nothing is released then
     */
    public synchronized GroupReport query(TenantId tenant, ProgramId program, Wave wave, RespondentGroup selection) {
        for (String dimension : selection.segments().keySet()) {
            if (!wave.segments().contains(dimension)) {
                throw new InvalidValueException("selection.segments[" + dimension + "]",
                        "must be a dimension wave " + wave.id() + " declares: " + String.join(", ", wave.segments()));
            }
        }
        WaveDefinitions.pin(waves, tenant, program, wave);
        WaveState state = load(tenant, program, wave);
        DecidedGroup group = state.decisions.decide(selection.segments());
        if (!group.released()) {
            WithheldReason reason = Objects.requireNonNull(group.respondents().withheld()).reason();
            if (reason != WithheldReason.FEWER_THAN_THRESHOLD) {
                throw new QueryRefusedException(selection, Objects.requireNonNull(group.respondents().withheld()));
            }
        }
        GroupReport result = state.writer.group(group, figures(state, group), Map.of());
        remember(tenant, program, state);
        return result;
    }

    private WaveState load(TenantId tenant, ProgramId program, Wave wave) {
        List<SurveyResponse> responses;
        try (Stream<SurveyResponse> stream = store.responses(tenant, program, wave.id())) {
            responses = stream.toList();
        }
        ResponseTable table = ResponseTable.of(wave.questionnaire(), wave.segments(), responses);
        ReleaseAudit audit = ReleaseAudit.of(table.fingerprints(), ledger.released(tenant, program, wave.id()));
        return new WaveState(wave, table, new ReleaseDecisions(wave.questionnaire(), table, audit, policy), audit,
                new ReportWriter(wave.questionnaire(), table), registry.invitations(tenant, program, wave.id()));
    }

    private void remember(TenantId tenant, ProgramId program, WaveState state) {
        Map<String, List<long[]>> recorded = state.audit.recorded();
        if (!recorded.isEmpty()) {
            ledger.append(tenant, program, state.wave.id(), recorded);
        }
    }

    /** The whole wave, then each value of each declared dimension, values sorted, as the report lists them. */
    private static List<Map<String, String>> selections(WaveState state) {
        List<Map<String, String>> selections = new ArrayList<>();
        selections.add(Map.of());
        for (String dimension : state.wave.segments()) {
            TreeSet<String> values = new TreeSet<>(state.table.segmentValues(dimension));
            if (dimension.equals(Segments.ROLE)) {
                for (Role role : Role.values()) {
                    values.add(role.name());
                }
            }
            for (Invitation invitation : state.invitations) {
                String value = invitation.segments().get(dimension);
                if (value != null) {
                    values.add(value);
                }
            }
            for (String value : values) {
                selections.add(Map.of(dimension, value));
            }
        }
        return selections;
    }

    /** The whole wave first, then larger groups before smaller ones, so that the widest figures survive. */
    private static List<Map<String, String>> decisionOrder(WaveState state, List<Map<String, String>> selections) {
        Map<Map<String, String>, Integer> sizes = new HashMap<>();
        Map<Map<String, String>, Integer> positions = new LinkedHashMap<>();
        for (Map<String, String> selection : selections) {
            sizes.put(selection, state.table.select(selection).cardinality());
            positions.put(selection, positions.size());
        }
        List<Map<String, String>> order = new ArrayList<>(selections);
        order.sort(Comparator.comparing((Map<String, String> s) -> !s.isEmpty())
                .thenComparing(s -> -sizes.get(s))
                .thenComparing(positions::get));
        return order;
    }

    private static @Nullable GroupFigures figures(WaveState state, DecidedGroup group) {
        if (!group.released()) {
            return null;
        }
        int respondents = group.respondents().rows().cardinality();
        int invited = 0;
        for (Invitation invitation : state.invitations) {
            if (invitation.segments().entrySet().containsAll(group.selection().entrySet())) {
                invited++;
            }
        }
        return new GroupFigures(respondents, invited, invited == 0 ? null : (double) respondents / invited);
    }

    private static Map<String, ChangeSincePreviousWave> changes(WaveState current, DecidedGroup group,
            WaveState before) {
        if (!group.released()) {
            return Map.of();
        }
        Map<String, ChangeSincePreviousWave> changes = new HashMap<>();
        for (Item item : current.wave.questionnaire().items()) {
            DecidedGroup.Cell now = group.items().get(item.id());
            Item then = before.wave.questionnaire().item(item.id()).orElse(null);
            if (now == null || !now.released() || !item.kind().numeric() || then == null
                    || then.kind() != item.kind()) {
                continue;
            }
            DecidedGroup.Cell previous = before.decisions.item(group.selection(), then);
            if (previous.released()) {
                changes.put(item.id(), ReportWriter.change(item, now, current.table, before.wave.id(), before.table,
                        previous));
            }
        }
        return changes;
    }

    private record WaveState(Wave wave, ResponseTable table, ReleaseDecisions decisions, ReleaseAudit audit,
            ReportWriter writer, List<Invitation> invitations) {}

    /** Builds an {@link AnonymityGuard}; {@link #build()} checks the settings. Not thread-safe. */
    public static final class Builder {
        private @Nullable SurveyStores stores;
        private AnonymityPolicy policy = AnonymityPolicy.defaults();
        private MannWhitneyMethod mannWhitneyMethod = MannWhitneyMethod.AUTO;
        private boolean useContinuity = true;

        private Builder() {}

        /**
         * @param value where responses and invitations are read, released figures remembered and wave definitions
         *     pinned: the same stores for every guard and collector of the program, on shared storage when the host
         *     restarts during a program or runs several nodes
         * @return this builder
         */
        public Builder stores(SurveyStores value) { this.stores = value; return this; }

        /**
         * @param value the thresholds; {@link AnonymityPolicy#defaults()} unless set
         * @return this builder
         */
        public Builder policy(AnonymityPolicy value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /**
         * How mentors and mentees are compared, as SciPy's {@code mannwhitneyu(method=…, use_continuity=…)}:
         * {@link MannWhitneyMethod#AUTO} with the continuity correction unless set.
         *
         * @param method how p is computed
         * @param useContinuity whether an asymptotic p is continuity-corrected
         * @return this builder
         */
        public Builder mannWhitney(MannWhitneyMethod method, boolean useContinuity) {
            this.mannWhitneyMethod = Objects.requireNonNull(method, "method");
            this.useContinuity = useContinuity;
            return this;
        }

        /**
         * @return the guard
         * @throws InvalidValueException if the stores are missing, or naming every port they lack
         */
        public AnonymityGuard build() {
            return new AnonymityGuard(this, SurveyStores.copyOf(stores));
        }
    }
}
