package io.elan.mentoring.core.hotline;

import io.elan.mentoring.core.communication.broadcast.Notice;
import io.elan.mentoring.spi.validation.Checks;
import java.util.List;

/**
 * What one call of {@link Hotline#alertOverdue} did. Immutable and thread-safe.
 *
 * @param overdue every request of the tenant's open programs still unanswered after its response target, the
 *     longest overdue first
 * @param alerts the alerts about them, at most one per request and recipient over all calls: queued now, queued by an
 *     earlier call, or not sent and why; none for a recipient whose sending hours do not allow it to leave now
 * @param unalerted the overdue requests nobody is there to hear about: no program manager is set and the request is
 *     not assigned
 */
public record OverdueAlerts(List<OverdueHotlineRequest> overdue, List<Notice> alerts,
        List<OverdueHotlineRequest> unalerted) {

    /**
     * Copies the lists.
     *
     * @param overdue every request of the tenant's open programs still unanswered after its response target, the
     *         longest overdue first
     * @param alerts the alerts about them, at most one per request and recipient over all calls: queued now, queued by
     *         an earlier call, or not sent and why; none for a recipient whose sending hours do not allow it to leave
     *         now
     * @param unalerted the overdue requests nobody is there to hear about: no program manager is set and the request is
     *         not assigned
     */
    public OverdueAlerts {
        overdue = Checks.list(overdue, "overdue", Integer.MAX_VALUE);
        alerts = Checks.list(alerts, "alerts", Integer.MAX_VALUE);
        unalerted = Checks.list(unalerted, "unalerted", Integer.MAX_VALUE);
    }

    /** @return how many alerts entered the outbox with this call */
    public int newlyQueued() {
        return (int) alerts.stream().filter(a -> a.status() == Notice.Status.QUEUED).count();
    }
}
