package io.elan.mentoring.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.Person;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The directory cache on its own: tenants kept apart, unknown people remembered, the size bound, statistics. */
class CachingPeopleDirectoryTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-04T08:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPeopleDirectory people = new InMemoryPeopleDirectory()
            .put(ACME, Person.of(PersonId.of("lea"), "Léa"))
            .put(GLOBEX, Person.of(PersonId.of("lea"), "Another Léa"));

    @Test
    @DisplayName("the same id in two tenants is two people; unknown people are cached as unknown")
    void tenantsApartAndUnknownRemembered() {
        CachingPeopleDirectory cache = new CachingPeopleDirectory(people, Duration.ofMinutes(5), 100, CLOCK);
        assertThat(cache.findAll(ACME, List.of(PersonId.of("lea"), PersonId.of("ghost"))))
                .containsOnlyKeys(PersonId.of("lea"));
        assertThat(cache.find(GLOBEX, PersonId.of("lea"))).hasValueSatisfying(
                p -> assertThat(p.displayName()).isEqualTo("Another Léa"));
        assertThat(cache.find(ACME, PersonId.of("ghost"))).isEmpty();
        DirectoryCacheStatistics statistics = cache.statistics();
        assertThat(statistics.bulkCalls()).isEqualTo(2);
        assertThat(statistics.hits()).isEqualTo(1);
        assertThat(statistics.misses()).isEqualTo(3);
        assertThat(statistics.hitRate()).isEqualTo(0.25);
    }

    @Test
    @DisplayName("no more people than the size bound are kept")
    void sizeBound() {
        for (int i = 0; i < 50; i++) {
            people.put(ACME, Person.of(PersonId.of("p" + i), "P" + i));
        }
        CachingPeopleDirectory cache = new CachingPeopleDirectory(people, Duration.ofMinutes(5), 10, CLOCK);
        for (int i = 0; i < 50; i++) {
            cache.find(ACME, PersonId.of("p" + i));
        }
        assertThat(cache.statistics().size()).isLessThanOrEqualTo(10);
        assertThat(cache.statistics().evictions()).isGreaterThanOrEqualTo(40);
    }

    @Test
    @DisplayName("a forgotten person is asked for again")
    void invalidate() {
        CachingPeopleDirectory cache = new CachingPeopleDirectory(people, Duration.ofMinutes(5), 100, CLOCK);
        cache.find(ACME, PersonId.of("lea"));
        cache.invalidate(ACME, List.of(PersonId.of("lea")));
        cache.find(ACME, PersonId.of("lea"));
        assertThat(cache.statistics().bulkCalls()).isEqualTo(2);
    }

    @Test
    @DisplayName("a time-to-live or size that is not positive is refused")
    void badSettings() {
        assertThatThrownBy(() -> new CachingPeopleDirectory(people, Duration.ZERO, 1, CLOCK))
                .hasMessage("directoryCache.timeToLive: must be positive (was PT0S)");
        assertThatThrownBy(() -> new CachingPeopleDirectory(people, Duration.ofMinutes(1), 0, CLOCK))
                .hasMessage("directoryCache.maximumSize: must be positive (was 0)");
    }
}
