package io.elan.mentoring.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.elan.mentoring.core.followup.FollowUpPolicy;
import io.elan.mentoring.core.followup.FollowUpWindow;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Program definitions in JSON through the host's own mapper: the format, defaults and every error path. */
class ProgramDefinitionJsonTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ElanModule());

    private ProgramDefinition read(String json) throws Exception {
        return mapper.readValue(json.replace('\'', '"'), ProgramDefinition.class);
    }

    @Test
    @DisplayName("a full definition reads into the values it names")
    void readsEverything() throws Exception {
        ProgramDefinition definition = read("""
                {'id': 'spring-2027', 'name': 'Mentorat printemps', 'kickOff': '2027-01-11',
                 'closing': '2027-10-29', 'zone': 'America/Montreal', 'locale': 'fr-CA', 'mentorCapacity': 2,
                 'followUp': [{'afterMonths': 1, 'windowDays': 10}, {'afterMonths': 6, 'windowDays': 21}],
                 'hotlineResponseWorkingDays': 3}
                """);
        assertThat(definition).isEqualTo(ProgramDefinition.builder().id("spring-2027").name("Mentorat printemps")
                .kickOff(LocalDate.of(2027, 1, 11)).closing(LocalDate.of(2027, 10, 29))
                .zone(ZoneId.of("America/Montreal")).locale(Locale.CANADA_FRENCH).mentorCapacity(2)
                .followUp(FollowUpPolicy.of(new FollowUpWindow(1, 10), new FollowUpWindow(6, 21)))
                .hotlineResponseWorkingDays(3).build());
    }

    @Test
    @DisplayName("a minimal definition takes the defaults; a duration gives the closing date")
    void readsDefaults() throws Exception {
        ProgramDefinition definition = read("""
                {'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'Europe/Paris', 'durationMonths': 9}
                """);
        assertThat(definition.closing()).isEqualTo(LocalDate.of(2027, 10, 11));
        assertThat(definition.followUp()).isEqualTo(FollowUpPolicy.defaults());
        assertThat(definition.mentorCapacity()).isEqualTo(1);
        assertThat(definition.programManager()).as("no manager of its own: the engine's").isNull();
    }

    @Test
    @DisplayName("a program's own manager is read, written when set, and read back the same")
    void programManager() throws Exception {
        ProgramDefinition definition = read("""
                {'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'Europe/Paris', 'programManager': 'claire'}
                """);
        assertThat(definition.programManager()).isEqualTo(io.elan.mentoring.spi.PersonId.of("claire"));
        String json = mapper.writeValueAsString(definition);
        assertThat(json).endsWith(",\"programManager\":\"claire\"}");
        assertThat(mapper.readValue(json, ProgramDefinition.class)).isEqualTo(definition);
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC',"
                + " 'programManager': ' claire'}"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message)
                        .containsExactly("$.programManager: must not start or end with blanks (was \" claire\")"));
    }

    @Test
    @DisplayName("writing gives every field, the closing date and the defaults of the rhythm included")
    void writes() throws Exception {
        ProgramDefinition definition = ProgramDefinition.builder().id("p").name("P")
                .kickOff(LocalDate.of(2027, 1, 11)).zone(ZoneId.of("Europe/Paris")).build();
        assertThat(mapper.writeValueAsString(definition)).isEqualTo("{\"id\":\"p\",\"name\":\"P\","
                + "\"kickOff\":\"2027-01-11\",\"closing\":\"2027-11-11\",\"zone\":\"Europe/Paris\",\"locale\":\"fr\","
                + "\"mentorCapacity\":1,\"followUp\":[{\"afterMonths\":2,\"windowDays\":14},"
                + "{\"afterMonths\":7,\"windowDays\":14}],\"hotlineResponseWorkingDays\":2,"
                + "\"cadence\":\"ten-months\",\"companyCalendar\":{\"holidays\":\"fr\",\"workingDays\":[\"MONDAY\","
                + "\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"],\"workingHours\":{\"start\":\"09:00\","
                + "\"end\":\"18:00\"},\"blackouts\":[]},\"questionnaires\":[{\"questionnaire\":\"mid-point\","
                + "\"ritual\":\"mid-point\",\"opensDaysBefore\":14,\"closesDaysBefore\":2}],"
                + "\"matching\":{\"minimumLevelGap\":1,\"sharedLanguageRequired\":true,\"targetLevelGap\":2,"
                + "\"departmentPreference\":\"OTHER_DEPARTMENT\",\"weights\":{\"topics\":35,\"levelGap\":15,"
                + "\"department\":15,\"location\":15,\"wishes\":20},\"protectWeakest\":false}}");
    }

    @Test
    @DisplayName("shape errors and rule errors are all reported at once, each by its JSON path")
    void everyViolationByPath() {
        assertThatThrownBy(() -> read("""
                {'id': ' bad', 'name': 42, 'kickOff': '2027-02-30', 'zone': 'Mars/Olympus', 'locale': 'fr_FR!',
                 'mentorCapacity': 'two', 'hotlineResponseWorkingDays': 0, 'colour': 'blue',
                 'followUp': [{'afterMonths': 2, 'windowDays': 100}, {'afterMonths': 'x'}, 3]}
                """))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).containsExactlyInAnyOrder(
                                "$.colour: is not a known property (known: id, name, kickOff, closing,"
                                        + " durationMonths, zone, locale, mentorCapacity, followUp,"
                                        + " hotlineResponseWorkingDays, cadence, companyCalendar, questionnaires, matching,"
                                        + " programManager)",
                                "$.id: must not start or end with blanks (was \" bad\")",
                                "$.name: must be a string (was 42)",
                                "$.kickOff: must be a date in the form yyyy-MM-dd (was \"2027-02-30\")",
                                "$.zone: must be a known time zone id such as Europe/Paris (was \"Mars/Olympus\")",
                                "$.locale: must be a BCP 47 language tag such as fr-FR (was \"fr_FR!\")",
                                "$.mentorCapacity: must be a whole number (was \"two\")",
                                "$.followUp[0].windowDays: must be between 1 and 92 (was 100)",
                                "$.followUp[1].afterMonths: must be a whole number (was \"x\")",
                                "$.followUp[1].windowDays: is required",
                                "$.followUp[2]: must be an object with afterMonths and windowDays (was 3)",
                                "$.hotlineResponseWorkingDays: must be between 1 and 20 (was 0)"));
    }

    @Test
    @DisplayName("missing required properties and cross-field rules are named by path")
    void missingAndCrossField() {
        assertThatThrownBy(() -> read("{'kickOff': '2027-01-11', 'closing': '2027-01-01', 'durationMonths': 3}"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).containsExactly(
                                "$.durationMonths: must not be given together with closing",
                                "$.id: is required",
                                "$.name: is required",
                                "$.closing: must be after kickOff (2027-01-11) (was 2027-01-01)",
                                "$.zone: is required"));
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC',"
                + " 'durationMonths': 3, 'followUp': [{'afterMonths': 2, 'windowDays': 14},"
                + " {'afterMonths': 7, 'windowDays': 14}]}"))
                .hasMessage("$.followUp[1].afterMonths: must open before closing (2027-04-11), it would open on"
                        + " 2027-08-11 (was 7)");
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC',"
                + " 'followUp': [{'afterMonths': 5, 'windowDays': 3}, {'afterMonths': 4, 'windowDays': 3}]}"))
                .hasMessage("$.followUp[1].afterMonths: must be greater than the previous window's (5) (was 4)");
    }

    @Test
    @DisplayName("a document that is not an object is refused")
    void notAnObject() {
        assertThatThrownBy(() -> read("[1, 2]")).hasMessage("$: must be a JSON object (was array)");
        assertThatThrownBy(() -> read("'spring-2027'")).hasMessage("$: must be a JSON object (was string)");
    }

    @Test
    @DisplayName("the document null is refused, not read as no definition")
    void nullDocument() {
        assertThatThrownBy(() -> read("null")).isInstanceOf(InvalidValueException.class)
                .hasMessage("$: must be a JSON object (was null)");
        assertThatThrownBy(() -> read("  null  ")).hasMessage("$: must be a JSON object (was null)");
    }

    @Test
    @DisplayName("a property given twice is refused, wherever it is, even when both values agree")
    void duplicateKeys() {
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC',"
                + " 'kickOff': '2027-02-01'}"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("$.kickOff: must be given once, it is given more than once");
        assertThatThrownBy(() -> read("{'id': 'p', 'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC',"
                + " 'id': 'p'}"))
                .hasMessage("$.id: must be given once, it is given more than once");
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC',"
                + " 'followUp': [{'afterMonths': 2, 'windowDays': 14, 'windowDays': 30}], 'mentorCapacity': 0}"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).containsExactly(
                                "$.followUp[0].windowDays: must be given once, it is given more than once",
                                "$.mentorCapacity: must be between 1 and 50 (was 0)"));
    }

    @Test
    @DisplayName("a date beyond the year 9999, the kick-off of year +999999999 included, is refused by its field")
    void farDates() {
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '+999999999-01-01', 'zone': 'UTC'}"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("$.kickOff: must be in the years 1 to 9999 (was +999999999-01-01)");
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '+999999999-12-31', 'zone': 'UTC',"
                + " 'durationMonths': 36}"))
                .hasMessage("$.kickOff: must be in the years 1 to 9999 (was +999999999-12-31)");
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '-0001-01-01', 'closing': '0001-06-01',"
                + " 'zone': 'UTC'}"))
                .hasMessage("$.kickOff: must be in the years 1 to 9999 (was -0001-01-01)");
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '9999-06-01', 'zone': 'UTC'}"))
                .hasMessage("$.closing: must be in the years 1 to 9999 (was +10000-04-01)");
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '+1000000000-01-01', 'zone': 'UTC'}"))
                .hasMessage("$.kickOff: must be a date in the form yyyy-MM-dd (was \"+1000000000-01-01\")");
    }

    @Test
    @DisplayName("a number too large for its field, or for the reader, is refused by its field")
    void numberOverflow() {
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC',"
                + " 'mentorCapacity': 99999999999, 'durationMonths': -99999999999999999999999,"
                + " 'followUp': [{'afterMonths': 2, 'windowDays': 2147483648}]}"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).containsExactlyInAnyOrder(
                                "$.mentorCapacity: must be a whole number from -2147483648 to 2147483647"
                                        + " (was 99999999999)",
                                "$.durationMonths: must be a whole number from -2147483648 to 2147483647"
                                        + " (was -99999999999999999999999)",
                                "$.followUp[0].windowDays: must be a whole number from -2147483648 to 2147483647"
                                        + " (was 2147483648)"));
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC',"
                + " 'hotlineResponseWorkingDays': " + "9".repeat(1001) + "}"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("$.hotlineResponseWorkingDays: must stay within what the JSON reader accepts"
                        + " (was Number value length (1001) exceeds the m…)");
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC',"
                + " 'followUp': [{'windowDays': 3}, {'afterMonths': -" + "9".repeat(1001) + "}]}"))
                .hasMessageStartingWith("$.followUp[1].afterMonths: must stay within what the JSON reader accepts");
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC',"
                + " 'mentorCapacity': 1e400}"))
                .hasMessage("$.mentorCapacity: must be a whole number (was \"Infinity\")");
    }

    @Test
    @DisplayName("a message shows at most 40 characters of a value, then an ellipsis, however long the value")
    void longValuesAreCut() {
        String huge = "x".repeat(1 << 20);
        String longName = "x".repeat(10_000);
        assertThatThrownBy(() -> read("{'id': '" + huge + "', 'name': 'P', 'kickOff': '2027-01-11', 'zone': 'UTC',"
                + " '" + longName + "': 1}"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::message).containsExactlyInAnyOrder(
                            "$." + "x".repeat(40) + "…: is not a known property (known: id, name, kickOff, closing,"
                                    + " durationMonths, zone, locale, mentorCapacity, followUp,"
                                    + " hotlineResponseWorkingDays, cadence, companyCalendar, questionnaires, matching,"
                                        + " programManager)",
                            "$.id: must be at most 128 characters (was \"" + "x".repeat(40) + "…\")");
                    assertThat(e.getMessage()).hasSizeLessThan(400);
                });
        assertThatThrownBy(() -> read("{'id': 'p', 'name': 'P', 'kickOff': '2027-01-11', 'zone': '" + huge + "'}"))
                .hasMessage("$.zone: must be a known time zone id such as Europe/Paris (was \"" + "x".repeat(40)
                        + "…\")");
        assertThatThrownBy(() -> read("{'id': 'p', 'name': ['" + huge + "'], 'kickOff': '2027-01-11', 'zone': 'UTC'}"))
                .hasMessage("$.name: must be a string (was [\"" + "x".repeat(38) + "…)");
    }

    /** A host's own document that holds a definition. */
    record ProgramImport(String source, ProgramDefinition program) {}

    @Test
    @DisplayName("inside a host's own document, a definition that is null stays null: the host's rules decide")
    void nullInsideAHostDocument() throws Exception {
        assertThat(mapper.readValue("{\"source\": \"hr-suite\", \"program\": null}", ProgramImport.class).program())
                .isNull();
    }

    @Test
    @DisplayName("inside a host's own document, the violations still reach the caller, paths relative to the definition")
    void nestedInAHostDocument() {
        assertThatThrownBy(() -> mapper.readValue("""
                {"source": "hr-suite", "program": {"id": "p", "name": "P", "kickOff": "2027-01-11", "zone": "UTC",
                 "mentorCapacity": 0}}
                """, ProgramImport.class))
                .hasRootCauseInstanceOf(InvalidValueException.class)
                .rootCause().hasMessage("$.mentorCapacity: must be between 1 and 50 (was 0)");
    }
}
