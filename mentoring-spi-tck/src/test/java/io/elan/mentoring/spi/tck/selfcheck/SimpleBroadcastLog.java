package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
}
