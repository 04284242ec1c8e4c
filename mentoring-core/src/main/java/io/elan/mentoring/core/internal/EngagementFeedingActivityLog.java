package io.elan.mentoring.core.internal;

import io.elan.mentoring.core.engagement.internal.CountingOutcome;
import io.elan.mentoring.core.engagement.internal.EngagementTracker;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityLog;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The activity log the engine writes to: every event goes through the engagement tracker, which appends it to the
 * host's log and counts it once.
 *
 * <p>Two ways in. {@link #append} is for what the engine itself records (hotline requests, follow-up calls): events
 * the tracker will not count (before the kick-off, for someone it does not track) are still appended as they are, so
 * the engine's record of what happened never depends on the detector. {@link #report} is for what a host reports:
 * an event the tracker refuses is not appended, and the caller tells the host why. Thread-safe when the host's log
 * is.
 */
public final class EngagementFeedingActivityLog implements ActivityLog {

    private final ActivityLog log;
    private final EngagementTracker tracker;

    /**
     * @param log the host's log
     * @param tracker the tracker that appends to the same log
     */
    public EngagementFeedingActivityLog(ActivityLog log, EngagementTracker tracker) {
        this.log = log;
        this.tracker = tracker;
    }

    @Override
    public int append(TenantId tenant, List<ActivityEvent> events) {
        int stored = 0;
        for (ActivityEvent event : events) {
            CountingOutcome outcome = tracker.record(tenant, event);
            if (outcome == CountingOutcome.COUNTED) {
                stored++;
            } else if (outcome.isRejected()) {
                stored += log.append(tenant, List.of(event));
            }
        }
        return stored;
    }

    /**
     * Records events a host reported: each one the tracker accepts is appended and counted once; each one it refuses
     * is left out of the log.
     *
     * @param tenant the tenant
     * @param events the events, in the order reported
     * @return what the tracker did with each, in the same order
     */
    public List<CountingOutcome> report(TenantId tenant, List<ActivityEvent> events) {
        return tracker.recordAll(tenant, events);
    }

    @Override
    public Stream<ActivityEvent> events(TenantId tenant, ProgramId program, Instant from, Instant to) {
        return log.events(tenant, program, from, to);
    }

    @Override
    public long count(TenantId tenant, ProgramId program, Instant from, Instant to) {
        return log.count(tenant, program, from, to);
    }
}
