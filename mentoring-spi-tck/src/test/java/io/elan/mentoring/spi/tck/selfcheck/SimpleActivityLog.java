package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.privacy.Erasure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    @Override
    public synchronized int erase(TenantId tenant, Erasure erasure) {
        int changed = 0;
        for (var it = rows.listIterator(); it.hasNext(); ) {
            Row row = it.next();
            ActivityEvent e = row.event();
            if (!row.tenant().equals(tenant)) {
                continue;
            }
            if (erasure.person().equals(e.person()) || erasure.mentions(e.id().value())) {
                it.remove();
                ids.remove(tenant.value() + "|" + e.id().value());
                changed++;
            } else if (e.attributes().values().stream().anyMatch(erasure::mentions)) {
                Map<String, String> attributes = new HashMap<>();
                e.attributes().forEach((k, v) -> attributes.put(k, erasure.redact(v)));
                it.set(new Row(tenant, e.withAttributes(attributes)));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public synchronized int eraseProgram(TenantId tenant, ProgramId program) {
        int before = rows.size();
        rows.removeIf(r -> r.tenant().equals(tenant) && r.event().program().equals(program));
        return before - rows.size();
    }

    @Override
    public synchronized int eraseBefore(TenantId tenant, Instant before, int limit) {
        List<Row> oldest = rows.stream().filter(r -> r.tenant().equals(tenant) && r.event().occurredAt().isBefore(before))
                .sorted(Comparator.comparing((Row r) -> r.event().occurredAt()).thenComparing(r -> r.event().id().value()))
                .limit(limit).toList();
        rows.removeAll(oldest);
        return oldest.size();
    }
}
