package io.elan.mentoring.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the report’s wording follows the typography of its language")
class WordsTest {
    private final Words french = new Words(Locale.CANADA_FRENCH);
    private final Words english = new Words(Locale.GERMAN);

    @Test
    @DisplayName("any French locale writes French, any other English")
    void language() {
        assertThat(french.french()).isTrue();
        assertThat(french.locale()).isEqualTo(Locale.FRENCH);
        assertThat(english.french()).isFalse();
        assertThat(english.pick("oui", "yes")).isEqualTo("yes");
    }

    @Test
    @DisplayName("French: a no-break space before a colon and inside guillemets, a narrow one before ; ? ! and %")
    void frenchTypography() {
        assertThat(french.typeset("Pourquoi ? Voici : « le rythme » ; 14 % ! Présence à 0\u00A0%"))
                .isEqualTo("Pourquoi\u202F? Voici\u00A0: «\u00A0le rythme\u00A0»\u202F; 14\u202F%\u202F! Présence à "
                        + "0\u202F%");
        assertThat(french.pick("Où en est-il ?", "Where is it?")).isEqualTo("Où en est-il\u202F?");
        assertThat(french.format("%s : %s", "%s: %s", "Présence", "62 %")).isEqualTo("Présence\u00A0: 62\u202F%");
        assertThat(french.colon()).isEqualTo("\u00A0: ");
    }

    @Test
    @DisplayName("English text is left as it is")
    void englishTypography() {
        assertThat(english.typeset("Why ? 14 % : yes")).isEqualTo("Why ? 14 % : yes");
        assertThat(english.format("%s: %s", "%s: %s", "a", "b")).isEqualTo("a: b");
        assertThat(english.colon()).isEqualTo(": ");
    }
}
