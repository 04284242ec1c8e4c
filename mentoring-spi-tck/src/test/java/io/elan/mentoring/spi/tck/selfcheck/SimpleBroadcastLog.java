package io.elan.mentoring.spi.tck.selfcheck;

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
import java.util.Optional;

/**
 * A small BroadcastLog for checking the kit; with {@code firstWins} false a later publication replaces the stored
 * one and a later entry replaces a person's first.
 */
final class SimpleBroadcastLog implements BroadcastLog {
    private final boolean firstWins;
    private final Map<Key, PublishedBroadcast> broadcasts = new HashMap<>();
    private final Map<Key, Map<PersonId, Addressee>> addressees = new HashMap<>();

    private record Key(TenantId tenant, ProgramId program, BroadcastId id) {}

    SimpleBroadcastLog(boolean firstWins) {
        this.firstWins = firstWins;
    }

    @Override
    public synchronized PublishedBroadcast publish(TenantId tenant, PublishedBroadcast broadcast) {
        Key key = new Key(tenant, broadcast.broadcast().program(), broadcast.broadcast().id());
        addressees.computeIfAbsent(key, k -> new LinkedHashMap<>());
        if (firstWins) {
            return broadcasts.computeIfAbsent(key, k -> broadcast);
        }
        broadcasts.put(key, broadcast);
        return broadcast;
    }

    @Override
    public synchronized Optional<PublishedBroadcast> find(TenantId tenant, ProgramId program, BroadcastId id) {
        return Optional.ofNullable(broadcasts.get(new Key(tenant, program, id)));
    }

    @Override
    public synchronized List<PublishedBroadcast> broadcasts(TenantId tenant, ProgramId program) {
        return broadcasts.entrySet().stream()
                .filter(e -> e.getKey().tenant().equals(tenant) && e.getKey().program().equals(program))
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparing(PublishedBroadcast::publishedAt)
                        .thenComparing(b -> b.broadcast().id().value()))
                .toList();
    }

    @Override
    public synchronized List<Addressee> address(TenantId tenant, ProgramId program, BroadcastId id,
            List<Addressee> given) {
        Map<PersonId, Addressee> recorded = addressees.get(new Key(tenant, program, id));
        if (recorded == null) {
            throw new NotFoundException("broadcast", id.value());
        }
        List<Addressee> added = new ArrayList<>();
        for (Addressee a : given) {
            if (!firstWins || !recorded.containsKey(a.person())) {
                recorded.put(a.person(), a);
                added.add(a);
            }
        }
        return added;
    }

    @Override
    public synchronized List<Addressee> addressees(TenantId tenant, ProgramId program, BroadcastId id) {
        return List.copyOf(addressees.getOrDefault(new Key(tenant, program, id), Map.of()).values());
    }

    @Override
    public synchronized int erase(TenantId tenant, Erasure erasure) {
        int changed = 0;
        for (Map.Entry<Key, Map<PersonId, Addressee>> e : addressees.entrySet()) {
            if (!e.getKey().tenant().equals(tenant)) {
                continue;
            }
            changed += e.getValue().remove(erasure.person()) == null ? 0 : 1;
            for (Map.Entry<PersonId, Addressee> a : e.getValue().entrySet()) {
                Addressee was = a.getValue();
                if (erasure.mentions(was.detail())) {
                    a.setValue(new Addressee(was.person(), was.role(), was.outcome(), was.channel(),
                            was.idempotencyKey(), was.catchUp(), was.at(), erasure.redactOptional(was.detail())));
                    changed++;
                }
            }
        }
        for (Map.Entry<Key, PublishedBroadcast> e : broadcasts.entrySet()) {
            Broadcast b = e.getValue().broadcast();
            if (e.getKey().tenant().equals(tenant) && b.versions().values().stream().anyMatch(c -> c.mentions(erasure))) {
                Map<Locale, MessageContent> versions = new LinkedHashMap<>();
                b.versions().forEach((locale, content) -> versions.put(locale, content.redact(erasure)));
                e.setValue(new PublishedBroadcast(new Broadcast(b.id(), b.program(), b.audience(), b.kind(), versions),
                        e.getValue().publishedAt()));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public synchronized int eraseProgram(TenantId tenant, ProgramId program) {
        int before = broadcasts.size();
        broadcasts.keySet().removeIf(k -> k.tenant().equals(tenant) && k.program().equals(program));
        addressees.keySet().removeIf(k -> k.tenant().equals(tenant) && k.program().equals(program));
        return before - broadcasts.size();
    }
}
