package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.privacy.Erasure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link BroadcastLog} in memory, for tests, samples and single-node hosts: a restart forgets it and other nodes do
 * not see it. Thread-safe: each tenant is guarded by one lock.
 */
public final class InMemoryBroadcastLog implements BroadcastLog {

    private record Key(ProgramId program, BroadcastId id) {}

    private static final class Entry {
        PublishedBroadcast broadcast;
        final Map<PersonId, Addressee> addressees = new LinkedHashMap<>();

        Entry(PublishedBroadcast broadcast) {
            this.broadcast = broadcast;
        }
    }

    private final Map<TenantId, Map<Key, Entry>> tenants = new ConcurrentHashMap<>();

    /** Creates an empty log. */
    public InMemoryBroadcastLog() {}

    private Map<Key, Entry> tenant(TenantId tenant) {
        return tenants.computeIfAbsent(Objects.requireNonNull(tenant, "tenant"), t -> new HashMap<>());
    }

    @Override
    public PublishedBroadcast publish(TenantId tenant, PublishedBroadcast broadcast) {
        Map<Key, Entry> log = tenant(tenant);
        Key key = new Key(broadcast.broadcast().program(), broadcast.broadcast().id());
        synchronized (log) {
            return log.computeIfAbsent(key, k -> new Entry(broadcast)).broadcast;
        }
    }

    @Override
    public Optional<PublishedBroadcast> find(TenantId tenant, ProgramId program, BroadcastId id) {
        Map<Key, Entry> log = tenant(tenant);
        synchronized (log) {
            Entry entry = log.get(new Key(program, id));
            return entry == null ? Optional.empty() : Optional.of(entry.broadcast);
        }
    }

    @Override
    public List<PublishedBroadcast> broadcasts(TenantId tenant, ProgramId program) {
        Map<Key, Entry> log = tenant(tenant);
        List<PublishedBroadcast> found = new ArrayList<>();
        synchronized (log) {
            for (Map.Entry<Key, Entry> e : log.entrySet()) {
                if (e.getKey().program().equals(program)) {
                    found.add(e.getValue().broadcast);
                }
            }
        }
        found.sort(Comparator.comparing(PublishedBroadcast::publishedAt)
                .thenComparing(b -> b.broadcast().id().value()));
        return List.copyOf(found);
    }

    @Override
    public List<Addressee> address(TenantId tenant, ProgramId program, BroadcastId id, List<Addressee> addressees) {
        Map<Key, Entry> log = tenant(tenant);
        synchronized (log) {
            Entry entry = log.get(new Key(program, id));
            if (entry == null) {
                throw new NotFoundException("broadcast", id.value());
            }
            List<Addressee> added = new ArrayList<>();
            for (Addressee addressee : addressees) {
                if (entry.addressees.putIfAbsent(addressee.person(), addressee) == null) {
                    added.add(addressee);
                }
            }
            return List.copyOf(added);
        }
    }

    @Override
    public List<Addressee> addressees(TenantId tenant, ProgramId program, BroadcastId id) {
        Map<Key, Entry> log = tenant(tenant);
        synchronized (log) {
            Entry entry = log.get(new Key(program, id));
            return entry == null ? List.of() : List.copyOf(entry.addressees.values());
        }
    }

    @Override
    public int erase(TenantId tenant, Erasure erasure) {
        Map<Key, Entry> log = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (log == null) {
            return 0;
        }
        synchronized (log) {
            int changed = 0;
            for (Entry entry : log.values()) {
                changed += entry.addressees.remove(erasure.person()) == null ? 0 : 1;
                for (Map.Entry<PersonId, Addressee> a : entry.addressees.entrySet()) {
                    Addressee was = a.getValue();
                    if (erasure.mentions(was.detail())) {
                        a.setValue(new Addressee(was.person(), was.role(), was.outcome(), was.channel(),
                                was.idempotencyKey(), was.catchUp(), was.at(), erasure.redactOptional(was.detail())));
                        changed++;
                    }
                }
                Broadcast b = entry.broadcast.broadcast();
                if (b.versions().values().stream().anyMatch(c -> c.mentions(erasure))) {
                    Map<Locale, MessageContent> versions = new LinkedHashMap<>();
                    b.versions().forEach((locale, content) -> versions.put(locale, content.redact(erasure)));
                    entry.broadcast = new PublishedBroadcast(new Broadcast(b.id(), b.program(), b.audience(), b.kind(),
                            versions), entry.broadcast.publishedAt());
                    changed++;
                }
            }
            return changed;
        }
    }

    @Override
    public int eraseProgram(TenantId tenant, ProgramId program) {
        Map<Key, Entry> log = tenants.get(Objects.requireNonNull(tenant, "tenant"));
        if (log == null) {
            return 0;
        }
        synchronized (log) {
            int before = log.size();
            log.keySet().removeIf(key -> key.program().equals(program));
            return before - log.size();
        }
    }
}
