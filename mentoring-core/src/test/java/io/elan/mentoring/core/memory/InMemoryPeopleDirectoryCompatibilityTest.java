package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.PeopleDirectory;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.tck.PeopleDirectoryCompatibilityKit;
import java.util.List;
import java.util.Map;

class InMemoryPeopleDirectoryCompatibilityTest extends PeopleDirectoryCompatibilityKit {
    @Override
    protected PeopleDirectory directoryWith(Map<TenantId, List<Person>> people) {
        InMemoryPeopleDirectory directory = new InMemoryPeopleDirectory();
        people.forEach((tenant, list) -> list.forEach(person -> directory.put(tenant, person)));
        return directory;
    }
}
