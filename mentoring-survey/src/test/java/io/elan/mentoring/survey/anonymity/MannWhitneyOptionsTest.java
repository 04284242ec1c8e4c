package io.elan.mentoring.survey.anonymity;

import static io.elan.mentoring.survey.anonymity.GuardFixture.MID_POINT;
import static io.elan.mentoring.survey.anonymity.GuardFixture.PROGRAM;
import static io.elan.mentoring.survey.anonymity.GuardFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.survey.report.ItemComparison;
import io.elan.mentoring.survey.report.MannWhitney;
import io.elan.mentoring.survey.report.MannWhitneyMethod;
import io.elan.mentoring.survey.report.SurveyReport;
import io.elan.mentoring.survey.report.SurveyReportText;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Mentors against mentees with each of SciPy's {@code mannwhitneyu} options. The data are the SciPy documentation
 * example (males 19, 22, 16, 29, 24 against females 20, 11, 17, 12), each age replaced by its rank among the nine so
 * that it fits a 0–10 score: ranks are all the test reads, so the documented values hold: U = 17, method='exact'
 * p = 0.1111111111111111, method='asymptotic' p = 0.11134688653314041, and with use_continuity=False
 * p = 0.0864107329737.
 */
@DisplayName("the mentors-against-mentees test")
class MannWhitneyOptionsTest {
    private static final int[] MENTORS = {5, 7, 3, 9, 8};
    private static final int[] MENTEES = {6, 1, 4, 2};

    private static SurveyReport report(MannWhitneyMethod method, boolean useContinuity) {
        GuardFixture fixture = new GuardFixture();
        for (int score : MENTORS) {
            fixture.add(MID_POINT, "MENTOR", null, Map.of("overall.recommend", new Answer.Numeric(score)));
        }
        for (int score : MENTEES) {
            fixture.add(MID_POINT, "MENTEE", null, Map.of("overall.recommend", new Answer.Numeric(score)));
        }
        return AnonymityGuard.builder()
                .stores(SurveyStores.of(fixture.store, fixture.registry, fixture.ledger, fixture.waves))
                .policy(AnonymityPolicy.withThreshold(4)).mannWhitney(method, useContinuity)
                .build().report(TENANT, PROGRAM, MID_POINT, null);
    }

    private static MannWhitney recommend(SurveyReport report) {
        return report.mentorsVsMentees().stream().filter(c -> c.item().equals("overall.recommend"))
                .map(ItemComparison::test).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("'auto' takes the exact p for samples of at most 8 without ties, and says so")
    void autoIsExactForSmallSamples() {
        SurveyReport report = report(MannWhitneyMethod.AUTO, true);
        MannWhitney test = recommend(report);
        assertThat(test.u()).isEqualTo(17);
        assertThat(test.p()).isCloseTo(0.1111111111111111, within(1e-15));
        assertThat(test.method()).isEqualTo(MannWhitneyMethod.EXACT);
        assertThat(test.continuityCorrection()).isFalse();
        assertThat(SurveyReportText.render(report, Locale.ENGLISH))
                .contains("U = 17.0, p = 0.111 (exact), rank-biserial 0.70");
        assertThat(SurveyReportText.render(report, Locale.FRENCH))
                .contains("U = 17,0, p = 0,111 (loi exacte), corrélation bisériale de rang 0,70");
    }

    @Test
    @DisplayName("'asymptotic' with and without the continuity correction gives SciPy's two values, and says which")
    void asymptotic() {
        SurveyReport corrected = report(MannWhitneyMethod.ASYMPTOTIC, true);
        assertThat(recommend(corrected).p()).isCloseTo(0.11134688653314041, within(1e-15));
        assertThat(recommend(corrected).method()).isEqualTo(MannWhitneyMethod.ASYMPTOTIC);
        assertThat(recommend(corrected).continuityCorrection()).isTrue();
        assertThat(SurveyReportText.render(corrected, Locale.ENGLISH))
                .contains("p = 0.111 (normal approximation, continuity-corrected)");
        SurveyReport plain = report(MannWhitneyMethod.ASYMPTOTIC, false);
        assertThat(recommend(plain).p()).isCloseTo(0.0864107329737, within(1e-13));
        assertThat(recommend(plain).continuityCorrection()).isFalse();
        assertThat(SurveyReportText.render(plain, Locale.ENGLISH)).contains("p = 0.086 (normal approximation)");
    }

    @Test
    @DisplayName("'exact' falls back to the normal approximation when answers are tied, and says so")
    void exactNeedsNoTies() {
        GuardFixture fixture = new GuardFixture();
        fixture.addMany(MID_POINT, 5, "MENTOR", null, Map.of("overall.recommend", new Answer.Numeric(8)));
        fixture.addMany(MID_POINT, 5, "MENTEE", null, Map.of("overall.recommend", new Answer.Numeric(6)));
        SurveyReport report = AnonymityGuard.builder()
                .stores(SurveyStores.of(fixture.store, fixture.registry, fixture.ledger, fixture.waves))
                .mannWhitney(MannWhitneyMethod.EXACT, true).build()
                .report(TENANT, PROGRAM, MID_POINT, null);
        assertThat(recommend(report).method()).isEqualTo(MannWhitneyMethod.ASYMPTOTIC);
        assertThat(recommend(report).continuityCorrection()).isTrue();
    }
}
