package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** A small ActivityLog for checking the kit; with {@code dedupes} false it appends an event id twice. */
final class SimpleActivityLog implements ActivityLog {
    private final boolean dedupes;
    private final List<Row> rows = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private record Row(TenantId tenant, ActivityEvent event) {}

    SimpleActivityLog(boolean dedupes) {
        this.dedupes = dedupes;
    }

    @Override
    public synchronized int append(TenantId tenant, List<ActivityEvent> events) {
        int added = 0;
        for (ActivityEvent e : events) {
            if (ids.add(tenant.value() + "|" + e.id().value()) || !dedupes) {
                rows.add(new Row(tenant, e));
                added++;
            }
        }
        return added;
    }

    @Override
    public synchronized Stream<ActivityEvent> events(TenantId tenant, ProgramId program, Instant from, Instant to) {
        return rows.stream()
                .filter(r -> r.tenant().equals(tenant) && r.event().program().equals(program))
                .map(Row::event)
                .filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to))
                .sorted(Comparator.comparing(ActivityEvent::occurredAt).thenComparing(e -> e.id().value()))
                .toList().stream();
    }
}
