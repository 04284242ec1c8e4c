package io.elan.mentoring.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.report.model.ItemStatistics;
import io.elan.mentoring.report.model.ItemType;
import io.elan.mentoring.report.model.RoleComparison;
import io.elan.mentoring.report.model.ScaleReading;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("every statistic shown is read in plain words")
class ReadingsTest {
    private final Words english = new Words(Locale.ENGLISH);
    private final Readings readings = new Readings(english, new Numbers(english));
    private final Words frenchWords = new Words(Locale.FRENCH);
    private final Readings french = new Readings(frenchWords, new Numbers(frenchWords));

    /** George, D. and Mallery, P. (2003), SPSS for Windows Step by Step, 4th ed., p. 231. */
    @ParameterizedTest(name = "alpha {0}: {1}")
    @CsvSource({"0.95, excellent", "0.9, excellent", "0.89, good", "0.8, good", "0.7, acceptable",
        "0.69, questionable", "0.6, questionable", "0.5, poor", "0.49, unacceptable"})
    @DisplayName("Cronbach’s alpha is graded on George and Mallery’s rule of thumb")
    void alpha(double alpha, String grade) {
        String reading = readings.scale(new ScaleReading("relationship", "Relationship quality", "Mentors",
                new ScaleReading.Figures(25, alpha, 3.84), null));

        assertThat(reading).startsWith("Relationship quality — Mentors (25 answers): Cronbach’s alpha ")
                .contains(grade + " consistency").contains("(3.8)");
        assertThat(reading).contains(alpha >= 0.7 ? "can be read as one measure" : "read them question by question");
    }

    @Test
    @DisplayName("a scale whose answers do not vary, or that is withheld, says so")
    void alphaMissing() {
        assertThat(readings.scale(new ScaleReading("s", "Scale", "Mentees", new ScaleReading.Figures(6, null, 5),
                null))).contains("everyone answered alike");
        assertThat(readings.scale(new ScaleReading("s", "Scale", "Mentees", null, "fewer than 5 respondents")))
                .isEqualTo("Scale — Mentees: withheld (fewer than 5 respondents).");
    }

    /** Cohen, J. (1988), Statistical Power Analysis for the Behavioral Sciences, 2nd ed.: r of .1, .3 and .5. */
    @ParameterizedTest(name = "p {0}, r {1}")
    @CsvSource({"0.031, 0.42, mentors answer higher, medium, p = 0.031", "0.0004, -0.61, mentees answer higher, "
            + "large, p < 0.001", "0.049, 0.12, mentors answer higher, small, p = 0.049",
        "0.02, -0.05, mentees answer higher, negligible, p = 0.020"})
    @DisplayName("a clear Mann–Whitney difference says who answers higher, and how much, by Cohen’s conventions")
    void clearDifference(double p, double r, String who, String size, String pText) {
        String reading = readings.comparison(new RoleComparison("pace.suits", "The pace suits me.",
                new RoleComparison.MannWhitney(20, 22, 120, p, r), null));

        assertThat(reading).startsWith("\u201CThe pace suits me\u201D: " + who + " (20 mentors and 22 mentees; "
                + pText + ", " + size + " difference, r = ").endsWith("less than once in 20.");
    }

    @Test
    @DisplayName("no clear difference at p of 0.05 and above")
    void noClearDifference() {
        assertThat(readings.comparison(new RoleComparison("trust", "Do you trust them?",
                new RoleComparison.MannWhitney(8, 9, 30, 0.05, 0.4), null)))
                .isEqualTo("\u201CDo you trust them?\u201D: no clear difference between mentors and mentees (8 mentors "
                        + "and 9 mentees; p = 0.050): a gap like this one can arise by chance.");
        assertThat(french.comparison(new RoleComparison("trust", "Le rythme me convient.",
                new RoleComparison.MannWhitney(8, 9, 30, 0.41, 0.1), null)))
                .startsWith("«\u00A0Le rythme me convient\u00A0»\u00A0: pas de différence nette")
                .contains("p = 0,410");
    }

    @Test
    @DisplayName("a favourable share is read with the range its Wilson interval gives")
    void favourable() {
        assertThat(readings.favourable(ItemType.YES_NO, new ItemStatistics.Favourable(16, 25, 0.4475, 0.7975)))
                .isEqualTo("64% answered \"yes\" (16 of 25); given the number of answers, the true share most "
                        + "likely lies between 45% and 80% (95% confidence interval).");
        assertThat(french.favourable(ItemType.AGREEMENT, new ItemStatistics.Favourable(3, 4, 0.3, 0.95)))
                .startsWith("75\u202F% de réponses «\u00A0plutôt ou tout à fait d’accord\u00A0» (3 sur 4)");
    }

    @Test
    @DisplayName("a net promoter score is read as promoters minus detractors")
    void netPromoter() {
        assertThat(readings.netPromoter(new ItemStatistics.NetPromoter(10, 5, 5, 25)))
                .isEqualTo("net promoter score +25: 50% promoters (9 or 10) minus 25% detractors (0 to 6), on a "
                        + "scale from −100 to +100.");
    }
}
