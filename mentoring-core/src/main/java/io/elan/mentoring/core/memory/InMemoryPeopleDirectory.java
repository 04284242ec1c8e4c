package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.PeopleDirectory;
import io.elan.mentoring.spi.directory.Person;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link PeopleDirectory} in memory, filled by {@link #put}. Thread-safe. Useful for tests, samples and hosts whose
 * directory is a file they load at start.
 */
public final class InMemoryPeopleDirectory implements PeopleDirectory {

    private final Map<TenantId, Map<PersonId, Person>> tenants = new ConcurrentHashMap<>();

    /** Creates an empty directory. */
    public InMemoryPeopleDirectory() {}

    /**
     * Adds or replaces a person.
     *
     * @param tenant the tenant
     * @param person the person
     * @return this directory
     */
    public InMemoryPeopleDirectory put(TenantId tenant, Person person) {
        Objects.requireNonNull(person, "person");
        tenants.computeIfAbsent(Objects.requireNonNull(tenant, "tenant"), t -> new ConcurrentHashMap<>())
                .put(person.id(), person);
        return this;
    }

    @Override
    public Map<PersonId, Person> findAll(TenantId tenant, Collection<PersonId> ids) {
        Map<PersonId, Person> people = tenants.getOrDefault(Objects.requireNonNull(tenant, "tenant"), Map.of());
        Map<PersonId, Person> found = new LinkedHashMap<>();
        for (PersonId id : ids) {
            Person person = people.get(id);
            if (person != null) {
                found.put(id, person);
            }
        }
        return Map.copyOf(found);
    }
}
