package io.elan.mentoring.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.matching.CriterionWeights;
import io.elan.mentoring.matching.DepartmentPreference;
import io.elan.mentoring.matching.MatchingRules;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.time.LocalDate;
import java.time.ZoneId;
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

    @Test
    @DisplayName("a program definition carries its matching rules: the defaults when left out, read back equal when "
            + "written")
    void inTheDefinition() throws Exception {
        String minimal = "{\"id\": \"p\", \"name\": \"P\", \"kickOff\": \"2027-01-11\", "
                + "\"zone\": \"Europe/Paris\"";
        assertThat(mapper.readValue(minimal + "}", ProgramDefinition.class).matching())
                .isEqualTo(MatchingRules.defaults());
        ProgramDefinition definition = mapper.readValue(minimal + ", \"matching\": {\"minimumLevelGap\": 0, "
                + "\"targetLevelGap\": 1, \"departmentPreference\": \"SAME_DEPARTMENT\", \"weights\": "
                + "{\"location\": 40}, \"protectWeakest\": true}}", ProgramDefinition.class);

        assertThat(definition.matching()).isEqualTo(MatchingRules.builder().minimumLevelGap(0).targetLevelGap(1)
                .departmentPreference(DepartmentPreference.SAME_DEPARTMENT)
                .weights(new CriterionWeights(35, 15, 15, 40, 20)).protectWeakest(true).build());
        assertThat(mapper.readValue(mapper.writeValueAsString(definition), ProgramDefinition.class))
                .isEqualTo(definition);
    }

    @Test
    @DisplayName("a definition's matching rules are checked with the rest, each violation named by its path under "
            + "$.matching")
    void violationsInTheDefinition() {
        String json = "{\"id\": \"p\", \"name\": \"P\", \"kickOff\": \"2027-01-11\", \"zone\": \"Europe/Paris\", "
                + "\"mentorCapacity\": 0, \"matching\": {\"minimumLevelGap\": 4, \"targetLevelGap\": 3, "
                + "\"weights\": {\"wishes\": -1}, \"colour\": 1}}";

        assertThatThrownBy(() -> mapper.readValue(json, ProgramDefinition.class))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("$.matching.colour",
                                "$.matching.weights.wishes", "$.mentorCapacity"));
        assertThatThrownBy(() -> mapper.readValue(json.replace("\"weights\": {\"wishes\": -1}, \"colour\": 1",
                "\"weights\": {}"), ProgramDefinition.class))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "2 invalid values: $.matching.targetLevelGap: must be at least minimumLevelGap (4) (was 3); "
                                + "$.mentorCapacity: must be between 1 and 50 (was 0)"));
        assertThatThrownBy(() -> mapper.readValue(json.replace("{\"minimumLevelGap\"", "[{\"minimumLevelGap\"")
                .replace("\"colour\": 1}}", "\"colour\": 1}]}"), ProgramDefinition.class))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("$.matching", "$.mentorCapacity"));
    }

    @Test
    @DisplayName("a definition built in Java without matching rules names the field")
    void requiredInJava() {
        assertThatThrownBy(() -> ProgramDefinition.builder().id("p").name("P").kickOff(LocalDate.of(2027, 1, 11))
                .zone(ZoneId.of("Europe/Paris")).matching(null).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("matching: is required"));
    }
}
