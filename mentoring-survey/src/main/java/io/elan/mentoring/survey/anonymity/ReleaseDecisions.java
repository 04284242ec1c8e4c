package io.elan.mentoring.survey.anonymity;

import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.survey.internal.DecidedGroup;
import io.elan.mentoring.survey.internal.ResponseTable;
import io.elan.mentoring.survey.internal.audit.ReleaseAudit;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.ItemKind;
import io.elan.mentoring.survey.questionnaire.Questionnaire;
import io.elan.mentoring.survey.questionnaire.Scale;
import io.elan.mentoring.survey.report.Withheld;
import io.elan.mentoring.survey.report.WithheldReason;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides, figure by figure, what the guard releases from one wave: each figure goes through the wave's
 * {@link ReleaseAudit}, which releases it or says why not. A group's count of respondents is decided first; a group
 * whose count is withheld has every figure withheld with the same reason, so that nothing computed from it appears.
 * Not thread-safe: one per call of the guard.
 */
final class ReleaseDecisions {
    /** The column of the respondents themselves, behind counts of respondents; no item id can take this name. */
    static final String RESPONDENTS = "@respondents";

    private final Questionnaire questionnaire;
    private final ResponseTable table;
    private final ReleaseAudit audit;
    private final AnonymityPolicy policy;
    private final Map<String, Withheld> explained = new HashMap<>();

    ReleaseDecisions(Questionnaire questionnaire, ResponseTable table, ReleaseAudit audit, AnonymityPolicy policy) {
        this.questionnaire = questionnaire;
        this.table = table;
        this.audit = audit;
        this.policy = policy;
    }

    /**
     * @param selection the segment values every respondent of the group has
     * @return the decisions for the group's count, items and scales, released ones remembered in the audit
     */
    DecidedGroup decide(Map<String, String> selection) {
        BitSet rows = table.select(selection);
        String role = selection.get(Segments.ROLE);
        @Nullable Role asked = role == null ? null : Role.valueOf(role);
        ReleaseAudit.Verdict count = audit.release(List.of(RESPONDENTS), rows, policy.threshold());
        @Nullable Withheld groupWithheld = withheld(count, policy.threshold());
        Map<String, DecidedGroup.Cell> items = new LinkedHashMap<>();
        for (Item item : questionnaire.items()) {
            if (asked != null && !item.track().includes(asked)) {
                continue;
            }
            BitSet cell = (BitSet) rows.clone();
            cell.and(table.column(item.id()).answered());
            int threshold = item.kind() == ItemKind.FREE_TEXT ? policy.freeTextThreshold() : policy.threshold();
            items.put(item.id(), new DecidedGroup.Cell(cell, groupWithheld != null ? groupWithheld
                    : withheld(audit.release(List.of(item.id()), cell, threshold), threshold)));
        }
        Map<String, DecidedGroup.Cell> scales = new LinkedHashMap<>();
        for (Scale scale : questionnaire.scales()) {
            Item first = questionnaire.item(scale.items().get(0)).orElseThrow();
            if (asked != null && !first.track().includes(asked)) {
                continue;
            }
            BitSet cell = (BitSet) rows.clone();
            for (String itemId : scale.items()) {
                cell.and(table.column(itemId).answered());
            }
            // One figure over several columns: released in all of them or in none.
            scales.put(scale.id(), new DecidedGroup.Cell(cell, groupWithheld != null ? groupWithheld
                    : withheld(audit.release(scale.items(), cell, policy.threshold()), policy.threshold())));
        }
        return new DecidedGroup(selection, new DecidedGroup.Cell(rows, groupWithheld), items, scales);
    }

    /**
     * One item of one group on its own, as the change against a later wave shows it.
     *
     * @param selection the segment values every respondent of the group has
     * @param item the item
     * @return the item's decision, released ones remembered in the audit
     */
    DecidedGroup.Cell item(Map<String, String> selection, Item item) {
        BitSet cell = table.select(selection);
        cell.and(table.column(item.id()).answered());
        int threshold = item.kind() == ItemKind.FREE_TEXT ? policy.freeTextThreshold() : policy.threshold();
        return new DecidedGroup.Cell(cell, withheld(audit.release(List.of(item.id()), cell, threshold), threshold));
    }

    private @Nullable Withheld withheld(ReleaseAudit.Verdict verdict, int threshold) {
        @Nullable WithheldReason reason = switch (verdict) {
            case RELEASABLE -> null;
            case TOO_FEW -> WithheldReason.FEWER_THAN_THRESHOLD;
            case DIFFERS_BY_TOO_FEW -> WithheldReason.TOO_CLOSE_TO_RELEASED;
            case LEAVES_TOO_FEW -> WithheldReason.PROTECTS_SMALLER_GROUP;
        };
        // A report withholds thousands of cells for a handful of reasons: word each reason once.
        return reason == null ? null
                : explained.computeIfAbsent(reason.name() + threshold, k -> Withheld.of(reason, threshold));
    }
}
