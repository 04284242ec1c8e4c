package io.elan.mentoring.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.elan.mentoring.matching.CriterionWeights;
import io.elan.mentoring.matching.DepartmentPreference;
import io.elan.mentoring.matching.MatchingRules;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Matching rules in JSON: the builder's names, defaults for what is left out, every violation at once. */
class MatchingRulesJsonTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ElanModule());

    @Test
    @DisplayName("an empty object reads as the defaults, and rules read back equal the ones written")
    void roundTrip() throws Exception {
        assertThat(mapper.readValue("{}", MatchingRules.class)).isEqualTo(MatchingRules.defaults());
        MatchingRules rules = MatchingRules.builder().minimumLevelGap(2).targetLevelGap(3)
                .sharedLanguageRequired(false).departmentPreference(DepartmentPreference.SAME_DEPARTMENT)
                .weights(new CriterionWeights(50, 10, 5, 0, 35)).protectWeakest(true).build();

        String json = mapper.writeValueAsString(rules);

        assertThat(json).isEqualTo("{\"minimumLevelGap\":2,\"sharedLanguageRequired\":false,\"targetLevelGap\":3,"
                + "\"departmentPreference\":\"SAME_DEPARTMENT\",\"weights\":{\"topics\":50,\"levelGap\":10,"
                + "\"department\":5,\"location\":0,\"wishes\":35},\"protectWeakest\":true}");
        assertThat(mapper.readValue(json, MatchingRules.class)).isEqualTo(rules);
    }

    @Test
    @DisplayName("a weight left out keeps its default")
    void partialWeights() throws Exception {
        MatchingRules rules = mapper.readValue("{\"weights\": {\"wishes\": 0}, \"protectWeakest\": true}",
                MatchingRules.class);

        assertThat(rules.weights()).isEqualTo(new CriterionWeights(35, 15, 15, 15, 0));
        assertThat(rules.protectWeakest()).isTrue();
    }

    @Test
    @DisplayName("every violation is reported at once, by its JSON path")
    void violations() {
        String json = "{\"minimumLevelGap\": 1.5, \"sharedLanguageRequired\": \"yes\", \"departmentPreference\": "
                + "\"ELSEWHERE\", \"weights\": {\"topics\": 101, \"charisma\": 3}, \"colour\": \"blue\"}";

        assertThatThrownBy(() -> mapper.readValue(json, MatchingRules.class))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("$.colour", "$.minimumLevelGap",
                                "$.sharedLanguageRequired", "$.departmentPreference", "$.weights.charisma",
                                "$.weights.topics"));
        assertThatThrownBy(() -> mapper.readValue("{\"minimumLevelGap\": 3}", MatchingRules.class))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("$.targetLevelGap: must be at least minimumLevelGap (3) (was 2)"));
    }
}
