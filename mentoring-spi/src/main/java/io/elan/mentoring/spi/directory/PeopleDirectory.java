package io.elan.mentoring.spi.directory;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks people up in the host's HR directory. Read-only for Élan.
 *
 * <h2>Contract</h2> Thread-safe. Lookups are scoped by tenant: a person of another tenant is unknown. People who left
 * stay findable with {@link Person#active()} {@code false}, so that Élan can flag them instead of silently dropping
 * them. The engine caches results, so an implementation may be slow; it should prefer {@link #findAll} for many people
 * at once.
 */
public interface PeopleDirectory {

    /**
     * Looks many people up in one call.
     *
     * @param tenant the tenant
     * @param ids the people
     * @return the people found, by id; unknown ids are absent
     */
    Map<PersonId, Person> findAll(TenantId tenant, Collection<PersonId> ids);

    /**
     * @param tenant the tenant
     * @param id the person
     * @return the person, if the directory knows them
     */
    default Optional<Person> find(TenantId tenant, PersonId id) {
        return Optional.ofNullable(findAll(tenant, Set.of(id)).get(id));
    }
}
