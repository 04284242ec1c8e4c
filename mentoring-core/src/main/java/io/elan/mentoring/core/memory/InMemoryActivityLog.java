package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * An {@link ActivityLog} in memory. Thread-safe: appends to one tenant are serialised, so a batch is all-or-nothing
 * and duplicate ids are detected exactly. Reads return a snapshot taken under the lock.
 */
public final class InMemoryActivityLog implements ActivityLog {

    private static final Comparator<ActivityEvent> ORDER =
            Comparator.comparing(ActivityEvent::occurredAt).thenComparing(e -> e.id().value());

    private final Map<TenantId, TenantLog> tenants = new ConcurrentHashMap<>();

    /** Creates an empty log. */
    public InMemoryActivityLog() {}

    private static final class TenantLog {
        final Set<EventId> ids = new HashSet<>();
        final Map<ProgramId, NavigableSet<ActivityEvent>> byProgram = new HashMap<>();
    }

    @Override
    public int append(TenantId tenant, List<ActivityEvent> events) {
        Objects.requireNonNull(tenant, "tenant");
        List<ActivityEvent> batch = List.copyOf(events);
        TenantLog log = tenants.computeIfAbsent(tenant, t -> new TenantLog());
        synchronized (log) {
            int added = 0;
            for (ActivityEvent event : batch) {
                if (log.ids.add(event.id())) {
                    log.byProgram.computeIfAbsent(event.program(), p -> new TreeSet<>(ORDER)).add(event);
                    added++;
                }
            }
            return added;
        }
    }

    @Override
    public Stream<ActivityEvent> events(TenantId tenant, ProgramId program, Instant from, Instant to) {
        Objects.requireNonNull(tenant, "tenant");
        TenantLog log = tenants.get(tenant);
        if (log == null || !from.isBefore(to)) {
            return Stream.empty();
        }
        synchronized (log) {
            NavigableSet<ActivityEvent> events = log.byProgram.get(program);
            if (events == null) {
                return Stream.empty();
            }
            List<ActivityEvent> snapshot = new ArrayList<>();
            for (ActivityEvent e : events) {
                if (!e.occurredAt().isBefore(to)) {
                    break;
                }
                if (!e.occurredAt().isBefore(from)) {
                    snapshot.add(e);
                }
            }
            return snapshot.stream();
        }
    }

    @Override
    public int erase(TenantId tenant, Erasure erasure) {
        TenantLog log = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (log == null) {
            return 0;
        }
        synchronized (log) {
            int changed = 0;
            for (NavigableSet<ActivityEvent> events : log.byProgram.values()) {
                List<ActivityEvent> rewritten = new ArrayList<>();
                for (var it = events.iterator(); it.hasNext(); ) {
                    ActivityEvent e = it.next();
                    boolean theirs = erasure.person().equals(e.person()) || erasure.mentions(e.id().value());
                    if (theirs || e.attributes().values().stream().anyMatch(erasure::mentions)) {
                        it.remove();
                        changed++;
                        if (theirs) {
                            log.ids.remove(e.id());
                        } else {
                            Map<String, String> attributes = new HashMap<>();
                            e.attributes().forEach((k, v) -> attributes.put(k, erasure.redact(v)));
                            rewritten.add(e.withAttributes(attributes));
                        }
                    }
                }
                events.addAll(rewritten);
            }
            return changed;
        }
    }

    @Override
    public int eraseProgram(TenantId tenant, ProgramId program) {
        TenantLog log = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (log == null) {
            return 0;
        }
        synchronized (log) {
            NavigableSet<ActivityEvent> events = log.byProgram.remove(program);
            if (events == null) {
                return 0;
            }
            events.forEach(e -> log.ids.remove(e.id()));
            return events.size();
        }
    }

    @Override
    public int eraseBefore(TenantId tenant, Instant before, int limit) {
        Checks.atLeastOne(limit, "limit");
        TenantLog log = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (log == null) {
            return 0;
        }
        synchronized (log) {
            TreeSet<ActivityEvent> oldest = new TreeSet<>(ORDER);
            for (NavigableSet<ActivityEvent> events : log.byProgram.values()) {
                for (ActivityEvent e : events) {
                    if (!e.occurredAt().isBefore(before)) {
                        break;
                    }
                    oldest.add(e);
                    if (oldest.size() > limit) {
                        oldest.pollLast();
                    }
                }
            }
            for (ActivityEvent e : oldest) {
                log.byProgram.get(e.program()).remove(e);
                log.ids.remove(e.id());
            }
            return oldest.size();
        }
    }
}
