package io.elan.mentoring.core.activity;

import io.elan.mentoring.spi.validation.Checks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine did with one batch of reported activity, event by event: appended, duplicate, or refused with the
 * reason. Nothing reported is dropped without saying so here. Immutable and thread-safe.
 *
 * <pre>{@code
 * ActivityReceipt receipt = tenant.activity().reportPairActivity(program, reports);
 * for (ReportedActivity refused : receipt.refused()) {
 *     // refused.event().occurredAt(), refused.refusal() == ActivityRefusal.DATED_IN_THE_FUTURE ...
 * }
 * }</pre>
 *
 * @param events one entry per activity event, in the order reported
 */
public record ActivityReceipt(List<ReportedActivity> events) {

    /**
     * Copies the list.
     *
     * @param events one entry per activity event, in the order reported
     */
    public ActivityReceipt {
        events = Checks.list(events, "events", Integer.MAX_VALUE);
    }

    /** @return how many events were newly appended */
    public int appended() {
        return count(ActivityOutcome.APPENDED);
    }

    /** @return how many events the activity log already held */
    public int duplicates() {
        return count(ActivityOutcome.DUPLICATE);
    }

    /** @return the refused events, in the order reported, each with its reason */
    public List<ReportedActivity> refused() {
        return events.stream().filter(ReportedActivity::isRefused).toList();
    }

    /** @return whether every event is now in the activity log, newly or from before */
    public boolean nothingRefused() {
        return events.stream().noneMatch(ReportedActivity::isRefused);
    }

    /** @return how many events were refused for each reason, reasons in declaration order, absent when none */
    public Map<ActivityRefusal, Integer> refusalsByReason() {
        Map<ActivityRefusal, Integer> counts = new EnumMap<>(ActivityRefusal.class);
        for (ReportedActivity event : events) {
            if (event.refusal() != null) {
                counts.merge(event.refusal(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * @return one line for people: {@code "3 reported: 1 appended, 0 duplicates, 2 refused (2 dated in the
     *     future)"}
     */
    public String summary() {
        StringBuilder line = new StringBuilder().append(events.size()).append(" reported: ").append(appended())
                .append(" appended, ").append(duplicates()).append(" duplicate").append(duplicates() == 1 ? "" : "s")
                .append(", ").append(events.size() - appended() - duplicates()).append(" refused");
        Map<ActivityRefusal, Integer> reasons = refusalsByReason();
        if (!reasons.isEmpty()) {
            List<String> parts = new ArrayList<>();
            reasons.forEach((reason, count) -> parts.add(count + " " + reason.description()));
            line.append(" (").append(String.join(", ", parts)).append(')');
        }
        return line.toString();
    }

    private int count(ActivityOutcome outcome) {
        return (int) events.stream().filter(e -> e.outcome() == outcome).count();
    }
}
