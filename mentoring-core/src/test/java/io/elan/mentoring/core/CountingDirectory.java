package io.elan.mentoring.core;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.PeopleDirectory;
import io.elan.mentoring.spi.directory.Person;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A directory that counts the calls it receives, to check the engine's caching. Thread-safe. */
final class CountingDirectory implements PeopleDirectory {

    private final PeopleDirectory delegate;
    private final AtomicInteger bulkCalls = new AtomicInteger();
    private final AtomicInteger peopleAskedFor = new AtomicInteger();

    CountingDirectory(PeopleDirectory delegate) {
        this.delegate = delegate;
    }

    @Override
    public Map<PersonId, Person> findAll(TenantId tenant, Collection<PersonId> ids) {
        bulkCalls.incrementAndGet();
        peopleAskedFor.addAndGet(ids.size());
        return delegate.findAll(tenant, ids);
    }

    int bulkCalls() {
        return bulkCalls.get();
    }

    int peopleAskedFor() {
        return peopleAskedFor.get();
    }
}
