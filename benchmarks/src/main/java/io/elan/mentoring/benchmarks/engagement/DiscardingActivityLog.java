package io.elan.mentoring.benchmarks.engagement;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityLog;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * An activity log that accepts every event as new and keeps none, so the benchmark measures the tracker and not the
 * host's storage. Thread-safe (stateless).
 */
final class DiscardingActivityLog implements ActivityLog {
    @Override
    public int append(TenantId tenant, List<ActivityEvent> events) {
        return events.size();
    }

    @Override
    public Stream<ActivityEvent> events(TenantId tenant, ProgramId program, Instant from, Instant to) {
        return Stream.empty();
    }
}
