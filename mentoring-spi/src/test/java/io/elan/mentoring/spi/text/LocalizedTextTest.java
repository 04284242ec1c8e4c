package io.elan.mentoring.spi.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a localized text is read in the reader's locale, then its language, then the default, then English")
class LocalizedTextTest {

    private static final Locale CANADA = Locale.CANADA_FRENCH;
    private static final Locale GERMAN = Locale.GERMAN;
    private static final Locale SPANISH = new Locale("es");

    private static LocalizedText threeWays() {
        Map<Locale, String> texts = new LinkedHashMap<>();
        texts.put(CANADA, "Dîner témoignages");
        texts.put(Locale.FRENCH, "Déjeuner témoignages");
        texts.put(Locale.ENGLISH, "Testimony lunch");
        return new LocalizedText(texts);
    }

    @Test
    @DisplayName("the exact locale comes first: fr-CA reads the Canadian version")
    void exactLocale() {
        assertThat(threeWays().in(CANADA, Locale.ENGLISH)).isEqualTo("Dîner témoignages");
    }

    @Test
    @DisplayName("a locale without its own version reads its language: fr-FR and fr-BE read the French version")
    void language() {
        assertThat(threeWays().in(Locale.FRANCE, Locale.ENGLISH)).isEqualTo("Déjeuner témoignages");
        assertThat(threeWays().in(new Locale("fr", "BE"), Locale.ENGLISH)).isEqualTo("Déjeuner témoignages");
    }

    @Test
    @DisplayName("a text only in a regional form still serves every reader of that language")
    void regionalFormOfTheLanguage() {
        LocalizedText canadian = LocalizedText.of(CANADA, "Dîner témoignages").with(Locale.ENGLISH, "Testimony lunch");
        assertThat(canadian.in(Locale.FRANCE, Locale.ENGLISH)).isEqualTo("Dîner témoignages");
    }

    @Test
    @DisplayName("a language without a version reads the default (the program's locale) before English")
    void programDefault() {
        assertThat(threeWays().in(GERMAN, Locale.FRENCH)).isEqualTo("Déjeuner témoignages");
        assertThat(threeWays().in(GERMAN, CANADA)).isEqualTo("Dîner témoignages");
        assertThat(threeWays().localeFor(GERMAN, Locale.FRENCH)).isEqualTo(Locale.FRENCH);
    }

    @Test
    @DisplayName("when neither the reader's language nor the default has a version, English is read")
    void english() {
        assertThat(threeWays().in(GERMAN, SPANISH)).isEqualTo("Testimony lunch");
        assertThat(threeWays().in(GERMAN)).isEqualTo("Testimony lunch");
    }

    @Test
    @DisplayName("a text with no English and no version for the reader or the default reads its first version")
    void firstVersionLast() {
        LocalizedText german = LocalizedText.of(GERMAN, "Erfahrungsmittagessen").with(SPANISH, "Almuerzo");
        assertThat(german.in(Locale.FRENCH, Locale.ITALIAN)).isEqualTo("Erfahrungsmittagessen");
    }

    @Test
    @DisplayName("a third language is a version like the others: adding it changes nothing for French and English")
    void thirdLanguage() {
        LocalizedText text = LocalizedText.of("Déjeuner témoignages", "Testimony lunch")
                .with(GERMAN, "Erfahrungsmittagessen");
        assertThat(text.in(GERMAN, Locale.FRENCH)).isEqualTo("Erfahrungsmittagessen");
        assertThat(text.in(Locale.FRENCH)).isEqualTo("Déjeuner témoignages");
        assertThat(text.in(Locale.UK)).isEqualTo("Testimony lunch");
        assertThat(text.texts().keySet()).containsExactly(Locale.FRENCH, Locale.ENGLISH, GERMAN);
    }

    @Test
    @DisplayName("two texts with the same versions are equal whatever the order they were given in")
    void equality() {
        LocalizedText french = LocalizedText.of("Bonjour", "Hello");
        LocalizedText english = LocalizedText.of(Locale.ENGLISH, "Hello").with(Locale.FRENCH, "Bonjour");
        assertThat(french).isEqualTo(english).hasSameHashCodeAs(english);
    }

    @Test
    @DisplayName("an empty text, a blank or overlong version and a root locale are refused, each naming its field")
    void refused() {
        assertThatThrownBy(() -> new LocalizedText(Map.of()))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).violations()).extracting(Violation::field)
                        .containsExactly("texts"));
        Map<Locale, String> bad = new LinkedHashMap<>();
        bad.put(Locale.FRENCH, " ");
        bad.put(Locale.ENGLISH, "x".repeat(LocalizedText.MAX_LENGTH + 1));
        bad.put(Locale.ROOT, "Hello");
        assertThatThrownBy(() -> new LocalizedText(bad))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactly(
                                Tuple.tuple("texts[fr]", "must not be blank"),
                                Tuple.tuple("texts[en]", "must be at most 1000 characters"),
                                Tuple.tuple("texts[und]",
                                        "must be keyed by a locale that names a language")));
    }

    @Test
    @DisplayName("the versions cannot be changed through the accessor")
    void immutable() {
        assertThatThrownBy(() -> threeWays().texts().put(GERMAN, "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("anything kept in several languages is chosen with the same fallbacks, and nothing in reach is empty")
    void bestMatchOfAnyVersions() {
        List<Locale> versions = List.of(Locale.FRANCE, Locale.ENGLISH);
        assertThat(LocalizedText.bestMatch(versions, Locale.CANADA_FRENCH, Locale.ENGLISH)).contains(Locale.FRANCE);
        assertThat(LocalizedText.bestMatch(versions, GERMAN, Locale.FRENCH)).contains(Locale.FRANCE);
        assertThat(LocalizedText.bestMatch(versions, GERMAN, Locale.ITALIAN)).contains(Locale.ENGLISH);
        assertThat(LocalizedText.bestMatch(List.of(GERMAN), Locale.ITALIAN, Locale.JAPANESE)).isEmpty();
    }
}
