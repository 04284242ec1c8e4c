package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.PeopleDirectory;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.tck.PeopleDirectoryCompatibilityKit;
import java.util.List;
import java.util.Map;

/** The kit against a directory that ignores the tenant: must fail. Run by {@link KitSelfCheckTest}, never directly. */
public class TenantBlindDirectoryKitRun extends PeopleDirectoryCompatibilityKit {
    @Override
    protected PeopleDirectory directoryWith(Map<TenantId, List<Person>> people) {
        return new SimpleDirectory(false, people);
    }
}
