package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.text.LocalizedText;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The plans' wording comes from resource bundles")
class PlanWordingTest {
    private static final Obstacle ASCENSION = new Obstacle(Obstacle.Kind.PUBLIC_HOLIDAY, LocalDate.of(2027, 5, 6),
            LocalizedText.of("Ascension", "Ascension Day"));
    private static final Reason SHIFTED = new Reason.Shifted(LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 7),
            ASCENSION, ShiftPolicy.NEXT_WORKING_DAY);

    @Test
    @DisplayName("French and English read their own bundles, with French typography in French")
    void frenchAndEnglish() {
        assertThat(SHIFTED.describe(Locale.FRANCE)).isEqualTo("Déplacé au vendredi 7 mai 2027 (jour disponible "
                + "suivant)\u00a0: jeudi 6 mai 2027 est férié (Ascension)");
        assertThat(SHIFTED.describe(Locale.UK)).isEqualTo("Moved to Friday 7 May 2027 (next available day): "
                + "Thursday 6 May 2027 is a public holiday (Ascension Day)");
    }

    @Test
    @DisplayName("a third language is a bundle: a German test bundle words the sentence and its dates")
    void aThirdLanguageIsABundle() {
        assertThat(SHIFTED.describe(Locale.GERMANY)).isEqualTo("Verschoben auf Freitag, 7. Mai 2027 (nächster "
                + "verfügbarer Tag): Donnerstag, 6. Mai 2027 ist ein Feiertag (Ascension Day)");
    }

    @Test
    @DisplayName("a language without a bundle reads English, and a key its bundle lacks is read in English")
    void fallbacks() {
        assertThat(SHIFTED.describe(Locale.JAPANESE)).isEqualTo(SHIFTED.describe(Locale.ENGLISH));
        assertThat(new Reason.TimeAdjusted(java.time.LocalTime.of(8, 0), java.time.LocalTime.of(9, 0))
                .describe(Locale.GERMAN)).isEqualTo("Starts at 09:00 instead of 08:00 to fit the working hours");
    }
}
