package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.PeopleDirectory;
import io.elan.mentoring.spi.directory.Person;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PeopleDirectory}: finds people one by one and in bulk, keeps leavers findable as inactive,
 * and keeps tenants apart. Extend it and implement {@link #directoryWith(Map)} to return a directory that holds exactly
 * the given people.
 */
public abstract class PeopleDirectoryCompatibilityKit {

    /**
     * @param people the people each tenant's directory must hold
     * @return a directory holding them
     */
    protected abstract PeopleDirectory directoryWith(Map<TenantId, List<Person>> people);

    private final TenantId tenant = freshTenant();

    private static Person person(String id) {
        return Person.of(PersonId.of(id), "Person " + id).toBuilder()
                .email(id + "@example.org")
                .phone("+33612345678")
                .locale(Locale.ENGLISH)
                .zone(ZoneId.of("America/Montreal"))
                .orgUnit("Sales")
                .build();
    }

    @Nested
    @DisplayName("looking people up")
    class Lookups {
        @Test
        @DisplayName("a known person is found with every field")
        void found() {
            Person amy = person("amy").toBuilder().manager(PersonId.of("boss")).build();
            PeopleDirectory directory = directoryWith(Map.of(tenant, List.of(amy)));
            assertThat(directory.find(tenant, amy.id()))
                    .as("a known person must be found with every field: name, e-mail, phone, locale, zone, unit,"
                            + " manager")
                    .contains(amy);
        }

        @Test
        @DisplayName("an unknown person is not found")
        void unknown() {
            PeopleDirectory directory = directoryWith(Map.of(tenant, List.of(person("amy"))));
            assertThat(directory.find(tenant, PersonId.of("nobody"))).as("a person the directory does not hold must"
                    + " not be found").isEmpty();
        }

        @Test
        @DisplayName("a bulk lookup returns the people found and leaves unknown ids out")
        void bulk() {
            List<Person> people = IntStream.range(0, 500).mapToObj(i -> person("p" + i)).toList();
            PeopleDirectory directory = directoryWith(Map.of(tenant, people));
            List<PersonId> wanted = IntStream.range(0, 510).mapToObj(i -> PersonId.of("p" + i)).toList();
            Map<PersonId, Person> found = directory.findAll(tenant, wanted);
            assertThat(found).as("a bulk lookup of 510 ids, 500 of them known, must return the 500 people found")
                    .hasSize(500);
            assertThat(found.get(PersonId.of("p42"))).as("a bulk lookup must return each person with every field")
                    .isEqualTo(people.get(42));
            assertThat(directory.findAll(tenant, List.of())).as("a bulk lookup of no ids must return nobody")
                    .isEmpty();
        }

        @Test
        @DisplayName("a person who left is still found, as inactive")
        void leaver() {
            Person gone = person("gone").toBuilder().active(false).build();
            PeopleDirectory directory = directoryWith(Map.of(tenant, List.of(gone)));
            assertThat(directory.find(tenant, gone.id())).map(Person::active)
                    .as("a person who left must still be found, as inactive").contains(false);
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation {
        @Test
        @DisplayName("a person of another tenant is unknown, one by one and in bulk")
        void invisible() {
            TenantId other = freshTenant();
            PeopleDirectory directory = directoryWith(Map.of(tenant, List.of(person("amy")), other, List.of()));
            assertThat(directory.find(other, PersonId.of("amy")))
                    .as("a person must not be found from another tenant").isEmpty();
            assertThat(directory.findAll(other, List.of(PersonId.of("amy"))))
                    .as("a person must not be found from another tenant in a bulk lookup").isEmpty();
        }
    }
}
