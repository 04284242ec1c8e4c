package io.elan.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.Violation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad profiles, rules and requests are refused with every broken rule named at once. */
class InputValidationTest {
    private static final PersonId ANA = PersonId.of("ana");

    private static List<String> fields(InvalidValueException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("a profile normalises languages and topics, and lists every broken rule")
    void profile() {
        MatchingProfile profile = MatchingProfile.builder(ANA).languages("fr-FR", "EN")
                .topics(" Leadership ", "leadership").build();
        assertThat(profile.languages()).containsExactly("en", "fr");
        assertThat(profile.topics()).containsExactly("leadership");

        assertThatThrownBy(() -> MatchingProfile.builder(ANA).department(" ").languages("", "fr").level(101)
                .managers(ANA).wishes(Arrays.asList(PersonId.of("b"), PersonId.of("b"))).topics("x".repeat(65))
                .build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(fields(e)).containsExactly(
                        "department", "languages[]", "level", "managers[0]", "topics[]", "wishes[1]"));
        assertThatThrownBy(() -> MatchingProfile.builder(ANA).wishes(PersonId.of("a"), PersonId.of("b"),
                PersonId.of("c"), PersonId.of("d"), PersonId.of("e"), PersonId.of("f")).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("wishes: must hold at most 5 people (was 6 people)"));
    }

    @Test
    @DisplayName("rules keep weights between 0 and 100 and the target gap at or above the minimum")
    void rules() {
        assertThatThrownBy(() -> new CriterionWeights(-1, 0, 101, 0, 0))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(fields(e)).containsExactly("topics", "department"));
        assertThatThrownBy(() -> MatchingRules.builder().minimumLevelGap(3).targetLevelGap(2).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("targetLevelGap: must be at least minimumLevelGap (3) (was 2)"));
        assertThat(MatchingRules.defaults()).isEqualTo(new MatchingRules(1, true, 2,
                DepartmentPreference.OTHER_DEPARTMENT, new CriterionWeights(35, 15, 15, 15, 20), false));
    }

    @Test
    @DisplayName("a request names each person once, on one side, and pins within the people and capacities")
    void request() {
        MatchingProfile ana = MatchingProfile.builder(ANA).languages("fr").level(4).build();
        MatchingProfile bob = MatchingProfile.builder("bob").languages("fr").level(1).build();
        assertThatThrownBy(() -> MatchingRequest.builder().mentor(ana, 1).mentor(ana, 2).mentee(ana).mentee(bob)
                .mentee(bob).pin(Pairing.of("ana", "carl")).pin(Pairing.of("bob", "ana")).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(fields(e)).containsExactly(
                        "mentors[1].profile.person", "mentees[0].person", "mentees[2].person", "pins[0].mentee",
                        "pins[1].mentor"));
        assertThatThrownBy(() -> MatchingRequest.builder().mentor(ana, 1).mentee(bob)
                .mentee(MatchingProfile.builder("cy").languages("fr").build()).pin(Pairing.of("ana", "bob"))
                .pin(Pairing.of("ana", "cy")).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "pins[1]: must not take the mentor beyond their capacity (1) (was ana mentoring cy)"));
    }

    @Test
    @DisplayName("a pin that breaks a hard rule is refused by name, and nothing is proposed")
    void pinBreakingAHardRule() {
        MatchingRequest request = MatchingRequest.builder()
                .mentor(MatchingProfile.builder(ANA).languages("de").level(4).build(), 1)
                .mentee(MatchingProfile.builder("bob").languages("fr").level(1).build())
                .pin(Pairing.of("ana", "bob"))
                .build();
        assertThatThrownBy(() -> new MentorMatcher().propose(request))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("pins[0]: must pass the hard rules, breaks [NO_SHARED_LANGUAGE] "
                                + "(was ana mentoring bob)"));
        assertThatThrownBy(() -> new MentorMatcher().assess(request, Pairing.of("bob", "ana")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(fields(e)).containsExactly("pairing.mentor", "pairing.mentee"));
    }
}
