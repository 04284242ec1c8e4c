package io.elan.mentoring.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.text.LocalizedText;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a localized text is a JSON object keyed by language tag, as many languages as it holds")
class LocalizedTextJsonTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ElanModule());

    @Test
    @DisplayName("French and English write as {\"fr\", \"en\"}, the form documents had before any other language")
    void frenchAndEnglishUnchanged() throws Exception {
        String json = mapper.writeValueAsString(LocalizedText.of("Déjeuner témoignages", "Testimony lunch"));
        assertThat(json).isEqualTo("{\"fr\":\"Déjeuner témoignages\",\"en\":\"Testimony lunch\"}");
        assertThat(mapper.readValue(json, LocalizedText.class))
                .isEqualTo(LocalizedText.of("Déjeuner témoignages", "Testimony lunch"));
    }

    @Test
    @DisplayName("a third language and a regional form are one more key each and read back equal")
    void moreLanguages() throws Exception {
        LocalizedText text = LocalizedText.of("Déjeuner témoignages", "Testimony lunch")
                .with(Locale.GERMAN, "Erfahrungsmittagessen").with(Locale.CANADA_FRENCH, "Dîner témoignages");
        String json = mapper.writeValueAsString(text);
        assertThat(json).isEqualTo("{\"fr\":\"Déjeuner témoignages\",\"en\":\"Testimony lunch\","
                + "\"de\":\"Erfahrungsmittagessen\",\"fr-CA\":\"Dîner témoignages\"}");
        assertThat(mapper.readValue(json, LocalizedText.class)).isEqualTo(text);
    }

    @Test
    @DisplayName("one string reads as the French and the English text alike")
    void oneString() throws Exception {
        assertThat(mapper.readValue("\"Feedback\"", LocalizedText.class)).isEqualTo(LocalizedText.of("Feedback",
                "Feedback"));
    }

    @Test
    @DisplayName("an empty object, a key that is no language tag and a blank text are each named by their path")
    void violations() {
        assertThatThrownBy(() -> mapper.readValue("{}", LocalizedText.class))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).containsExactly("$: must hold at least one language"));
        assertThatThrownBy(() -> mapper.readValue("{\"fr_FR\": \"Bonjour\", \"en\": \" \"}", LocalizedText.class))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message)
                        .containsExactly("$.fr_FR: is not a language tag such as fr or fr-CA"));
        assertThatThrownBy(() -> mapper.readValue("{\"fr\": \"Bonjour\", \"en\": \" \"}", LocalizedText.class))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).containsExactly("$.en: must not be blank"));
    }
}
