package io.elan.mentoring.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.directory.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the synthetic company")
class SyntheticCompanyTest {

    private static final TenantId TENANT = TenantId.of("demo");

    @ParameterizedTest(name = "{0} pairs")
    @ValueSource(ints = {2, 6, 30, 200})
    @DisplayName("has one pair that never starts, about one in ten that fades, the others steady, all distinct people")
    void composition(int pairs) {
        SyntheticCompany company = SyntheticCompany.draw(TENANT, pairs, Locale.FRENCH, new Random(1));
        List<PairBehaviour.Kind> kinds = company.behaviours().stream().map(PairBehaviour::kind).toList();

        assertThat(company.behaviours()).hasSize(pairs);
        assertThat(company.mentors()).hasSize(pairs);
        assertThat(company.mentees()).hasSize(pairs);
        assertThat(kinds).filteredOn(PairBehaviour.Kind.NEVER_STARTS::equals).hasSize(1);
        assertThat(kinds).filteredOn(PairBehaviour.Kind.FADING::equals).hasSize(Math.max(1, Math.round(pairs / 10f)));
        assertThat(company.people()).extracting(SyntheticPerson::name).doesNotHaveDuplicates();
        assertThat(company.people()).extracting(SyntheticPerson::id).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("puts every person in the directory, with a phone for those who prefer WhatsApp")
    void directory() {
        SyntheticCompany company = SyntheticCompany.draw(TENANT, 30, Locale.FRENCH, new Random(3));

        assertThat(company.people()).allSatisfy(person -> {
            Person known = company.directory().find(TENANT, person.id()).orElseThrow();
            assertThat(known.displayName()).isEqualTo(person.name());
            assertThat(known.email()).endsWith("@entreprise.example").doesNotContain(" ");
            assertThat(known.phone() != null).isEqualTo(person.prefersWhatsApp());
        });
        assertThat(company.people()).anyMatch(SyntheticPerson::prefersWhatsApp)
                .anyMatch(p -> !p.prefersWhatsApp());
    }

    @Test
    @DisplayName("the same seed draws the same company")
    void sameSeed() {
        assertThat(SyntheticCompany.draw(TENANT, 12, Locale.FRENCH, new Random(5)).people())
                .isEqualTo(SyntheticCompany.draw(TENANT, 12, Locale.FRENCH, new Random(5)).people())
                .isNotEqualTo(SyntheticCompany.draw(TENANT, 12, Locale.FRENCH, new Random(6)).people());
    }

    @ParameterizedTest(name = "{0} pairs")
    @ValueSource(ints = {2, 3, 6, 30})
    @DisplayName("puts some mentees under a mentor through a team lead, each mentor above at most one of them and "
            + "never a late joiner")
    void reportingLines(int pairs) {
        SyntheticCompany company = SyntheticCompany.draw(TENANT, pairs, Locale.FRENCH, new Random(2));
        List<PersonId> mentorsAbove = new ArrayList<>();
        for (SyntheticPerson mentee : company.mentees()) {
            Person person = company.directory().find(TENANT, mentee.id()).orElseThrow();
            if (person.manager() != null) {
                Person lead = company.directory().find(TENANT, person.manager()).orElseThrow();
                mentorsAbove.add(lead.manager());
                assertThat(person.orgUnit()).isEqualTo(lead.orgUnit());
            }
        }
        if (pairs >= 30) {
            assertThat(mentorsAbove).isNotEmpty();
        }
        assertThat(mentorsAbove).doesNotHaveDuplicates()
                .doesNotContain(company.mentors().get(pairs - 1).id());
        assertThat(company.mentees().get(pairs - 1).wishes()).isEmpty();
        assertThat(company.mentors()).allSatisfy(m -> assertThat(m.level()).isBetween(4, 6));
        assertThat(company.mentees()).allSatisfy(m -> assertThat(m.level()).isBetween(1, 3));
    }

    @Test
    @DisplayName("a fading pair is going well before its week and not from it")
    void fading() {
        PairBehaviour fading = PairBehaviour.fadingFrom(7);

        assertThat(fading.engagedIn(6)).isTrue();
        assertThat(fading.engagedIn(7)).isFalse();
        assertThat(PairBehaviour.steady().engagedIn(40)).isTrue();
        assertThat(PairBehaviour.neverStarts().engagedIn(0)).isFalse();
    }
}
