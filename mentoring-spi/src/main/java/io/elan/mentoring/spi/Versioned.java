package io.elan.mentoring.spi;

/**
 * A value a store keeps under optimistic locking: it carries the version it was read at, a save names that version,
 * and the store returns the value at the version it stored. A save at another version than the stored one is refused
 * with {@link VersionConflictException}.
 *
 * @param <T> the value's own type
 */
public interface Versioned<T extends Versioned<T>> {

    /** @return the stored version: 0 for a value never stored */
    long version();

    /**
     * @param newVersion the version
     * @return this value at another version; stores use it to return what they stored
     */
    T withVersion(long newVersion);
}
