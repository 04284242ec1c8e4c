package io.elan.mentoring.core.directory;

/**
 * How the people directory cache has done since the engine was built. An immutable snapshot.
 *
 * @param hits look-ups answered from the cache
 * @param misses look-ups that had to ask the directory
 * @param bulkCalls calls made to {@link io.elan.mentoring.spi.directory.PeopleDirectory#findAll}
 * @param evictions entries dropped for size or age
 * @param size entries held now (approximate)
 */
public record DirectoryCacheStatistics(long hits, long misses, long bulkCalls, long evictions, long size) {

    /** @return the share of look-ups answered from the cache, 1.0 when there was none */
    public double hitRate() {
        long total = hits + misses;
        return total == 0 ? 1.0 : (double) hits / total;
    }
}
