package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.PeopleDirectory;
import io.elan.mentoring.spi.directory.Person;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small directory for checking the kit; with {@code tenantAware} false it answers from every tenant's people. */
final class SimpleDirectory implements PeopleDirectory {
    private final boolean tenantAware;
    private final Map<String, Person> people = new HashMap<>();

    SimpleDirectory(boolean tenantAware, Map<TenantId, List<Person>> content) {
        this.tenantAware = tenantAware;
        content.forEach((t, list) -> list.forEach(p -> people.put(key(t, p.id()), p)));
    }

    private String key(TenantId t, PersonId id) {
        return (tenantAware ? t.value() : "*") + "|" + id.value();
    }

    @Override
    public Map<PersonId, Person> findAll(TenantId tenant, Collection<PersonId> ids) {
        Map<PersonId, Person> found = new HashMap<>();
        for (PersonId id : ids) {
            Person p = people.get(key(tenant, id));
            if (p != null) {
                found.put(id, p);
            }
        }
        return found;
    }
}
