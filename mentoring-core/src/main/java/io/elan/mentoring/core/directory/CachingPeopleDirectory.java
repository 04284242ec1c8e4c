package io.elan.mentoring.core.directory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.PeopleDirectory;
import io.elan.mentoring.spi.directory.Person;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A {@link PeopleDirectory} that remembers answers for a while: the people not cached yet are looked up together in
 * one {@link PeopleDirectory#findAll} call, then answered from the cache until their entry is older than the
 * time-to-live or pushed out by the size bound. People the directory does not know are remembered as unknown too.
 *
 * <p>Entries age on the given {@link Clock}, so tests control expiry. Maintenance runs on the calling thread: the cache
 * starts no thread. Thread-safe.
 */
public final class CachingPeopleDirectory implements PeopleDirectory {

    private record Key(TenantId tenant, PersonId person) {}

    private final PeopleDirectory directory;
    private final Cache<Key, Optional<Person>> cache;
    private final AtomicLong bulkCalls = new AtomicLong();

    /**
     * @param directory the host's directory
     * @param timeToLive how long an answer is trusted; positive
     * @param maximumSize how many people are remembered at most; positive
     * @param clock the clock entries age on
     * @throws InvalidValueException naming {@code timeToLive} or {@code maximumSize} when not positive
     */
    public CachingPeopleDirectory(PeopleDirectory directory, Duration timeToLive, long maximumSize, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(clock, "clock");
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new InvalidValueException("directoryCache.timeToLive", "must be positive", timeToLive);
        }
        if (maximumSize < 1) {
            throw new InvalidValueException("directoryCache.maximumSize", "must be positive", maximumSize);
        }
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(maximumSize)
                .ticker(ticker)
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    /**
     * Answers cached people from the cache and asks the directory once, in bulk, for all the others.
     *
     * @param tenant the tenant
     * @param ids the people
     * @return the people the directory knows, by id, in the order asked
     */
    @Override
    public Map<PersonId, Person> findAll(TenantId tenant, Collection<PersonId> ids) {
        Objects.requireNonNull(tenant, "tenant");
        Set<Key> keys = ids.stream().map(id -> new Key(tenant, id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Key, Optional<Person>> found = cache.getAll(keys, missing -> load(tenant, missing));
        Map<PersonId, Person> people = new LinkedHashMap<>();
        for (Key key : keys) {
            Optional<Person> person = found.get(key);
            if (person != null && person.isPresent()) {
                people.put(key.person(), person.get());
            }
        }
        return people;
    }

    private Map<Key, Optional<Person>> load(TenantId tenant, Set<? extends Key> missing) {
        List<PersonId> wanted = missing.stream().map(Key::person).toList();
        bulkCalls.incrementAndGet();
        Map<PersonId, Person> answered = directory.findAll(tenant, wanted);
        Map<Key, Optional<Person>> loaded = new LinkedHashMap<>();
        for (PersonId id : wanted) {
            loaded.put(new Key(tenant, id), Optional.ofNullable(answered.get(id)));
        }
        return loaded;
    }

    /**
     * Forgets what is cached about some people, so the next look-up asks the directory; use it when the host knows a
     * person changed.
     *
     * @param tenant the tenant
     * @param ids the people to forget
     */
    public void invalidate(TenantId tenant, Collection<PersonId> ids) {
        cache.invalidateAll(ids.stream().map(id -> new Key(tenant, id)).toList());
    }

    /** Forgets everything cached. */
    public void invalidateAll() {
        cache.invalidateAll();
    }

    /** @return a snapshot of the cache's hits, misses, bulk calls, evictions and size */
    public DirectoryCacheStatistics statistics() {
        CacheStats stats = cache.stats();
        return new DirectoryCacheStatistics(stats.hitCount(), stats.missCount(), bulkCalls.get(),
                stats.evictionCount(), cache.estimatedSize());
    }
}
