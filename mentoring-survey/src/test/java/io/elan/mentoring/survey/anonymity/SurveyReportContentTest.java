package io.elan.mentoring.survey.anonymity;

import static io.elan.mentoring.survey.anonymity.GuardFixture.MID_POINT;
import static io.elan.mentoring.survey.anonymity.GuardFixture.PROGRAM;
import static io.elan.mentoring.survey.anonymity.GuardFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.survey.internal.stats.CronbachAlpha;
import io.elan.mentoring.survey.internal.stats.Interval;
import io.elan.mentoring.survey.internal.stats.Proportions;
import io.elan.mentoring.survey.internal.stats.RankComparison;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import io.elan.mentoring.survey.report.GroupReport;
import io.elan.mentoring.survey.report.ItemComparison;
import io.elan.mentoring.survey.report.ItemFigures;
import io.elan.mentoring.survey.report.ItemResult;
import io.elan.mentoring.survey.report.SurveyReport;
import io.elan.mentoring.survey.report.SurveyReportText;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A realistic mid-point wave of 20 mentors and 20 mentees, compared with an earlier pulse wave. */
class SurveyReportContentTest {
    private static final Wave PULSE = new Wave("pulse-2026-01", WaveKind.PULSE, StandardQuestionnaires.midPoint(),
            Instant.parse("2026-01-12T08:00:00Z"), Instant.parse("2026-01-26T18:00:00Z"));

    private static final int[] MENTOR_SUITS = {5, 4, 4, 5, 3, 4, 5, 4, 2, 4, 5, 4, 3, 4, 5, 4, 4, 5, 3, 4};
    private static final int[] MENTEE_SUITS = {3, 2, 4, 3, 1, 2, 3, 4, 2, 3, 3, 2, 5, 3, 2, 4, 3, 1, 2, 3};
    private static final int[] RECOMMEND = {10, 9, 8, 7, 6, 9, 10, 3, 8, 9, 10, 9, 5, 7, 8, 9, 10, 2, 9, 8};
    private static final String[] FREQUENCY = {"weekly", "fortnightly", "monthly", "less-often"};

    private final GuardFixture fixture = new GuardFixture();
    private int[][] trustScale;

    @BeforeEach
    void fill() {
        trustScale = new int[40][];
        for (int i = 0; i < 40; i++) {
            boolean mentor = i < 20;
            int j = i % 20;
            int trust = 1 + (i * 7) % 5;
            int openness = Math.min(5, trust + (i % 3 == 0 ? 1 : 0));
            int expectations = Math.max(1, trust - (i % 4 == 0 ? 1 : 0));
            trustScale[i] = new int[] {trust, openness, expectations};
            Map<String, Answer> answers = new HashMap<>();
            answers.put("pace.suits", new Answer.Numeric(mentor ? MENTOR_SUITS[j] : MENTEE_SUITS[j]));
            answers.put("pace.frequency", new Answer.Choices(Set.of(FREQUENCY[i % 4])));
            answers.put("relationship.trust", new Answer.Numeric(trust));
            answers.put("relationship.openness", new Answer.Numeric(openness));
            answers.put("relationship.expectations", new Answer.Numeric(expectations));
            answers.put("overall.recommend", new Answer.Numeric(RECOMMEND[j]));
            answers.put("rituals.replay", new Answer.Numeric(i % 3 == 0 ? 0 : 1));
            answers.put("workshop.themes", new Answer.Choices(i % 2 == 0 ? Set.of("time", "feedback") : Set.of("time")));
            answers.put("workshop.comment", new Answer.Text("commentaire " + (char) ('a' + j)));
            fixture.add(MID_POINT, mentor ? "MENTOR" : "MENTEE", null, answers);
        }
        for (int i = 0; i < 30; i++) {
            fixture.add(PULSE, i < 15 ? "MENTOR" : "MENTEE", null, Map.of("pace.suits", new Answer.Numeric(2 + i % 3)));
        }
        for (int i = 0; i < 50; i++) {
            fixture.registry.issueIfAbsent(TENANT, PROGRAM, MID_POINT.id(), new Invitation(PersonId.of("p" + i),
                    ResponseToken.of("t" + i), Map.of("role", i < 25 ? "MENTOR" : "MENTEE"), false));
        }
    }

    private SurveyReport report() {
        return fixture.guard().report(TENANT, PROGRAM, MID_POINT, PULSE);
    }

    private static GroupReport whole(SurveyReport report) {
        return report.groups().get(0);
    }

    private static ItemResult item(GroupReport group, String id) {
        return group.items().stream().filter(i -> i.item().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("an item shows n, distribution, mean, median, IQR and the favourable share with its Wilson interval "
            + "(quartiles as numpy.quantile, default linear method = Hyndman & Fan 7: 3, 3.5, 4)")
    void itemFigures() {
        GroupReport all = whole(report());
        assertThat(all.figures().respondents()).isEqualTo(40);
        assertThat(all.figures().invited()).isEqualTo(50);
        assertThat(all.figures().responseRate()).isEqualTo(0.8);
        ItemFigures suits = item(all, "pace.suits").figures();
        int[] values = new int[40];
        System.arraycopy(MENTOR_SUITS, 0, values, 0, 20);
        System.arraycopy(MENTEE_SUITS, 0, values, 20, 20);
        long favourable = Arrays.stream(values).filter(v -> v >= 4).count();
        assertThat(suits.n()).isEqualTo(40);
        assertThat(suits.distribution()).extracting(c -> c.count())
                .containsExactly(2L, 7L, 11L, 13L, 7L);
        assertThat(suits.summary().mean()).isCloseTo(Arrays.stream(values).average().orElseThrow(), within(1e-12));
        assertThat(suits.summary().median()).isEqualTo(3.5);
        assertThat(suits.summary().lowerQuartile()).isEqualTo(3.0);
        assertThat(suits.summary().upperQuartile()).isEqualTo(4.0);
        assertThat(suits.summary().interquartileRange()).isEqualTo(1.0);
        Interval wilson = Proportions.wilson(favourable, 40, Proportions.Z95);
        assertThat(suits.favourable().count()).isEqualTo(favourable);
        assertThat(suits.favourable().lower()).isEqualTo(wilson.lower());
        assertThat(suits.favourable().upper()).isEqualTo(wilson.upper());
    }

    @Test
    @DisplayName("the 0–10 item shows promoters minus detractors with its interval")
    void netPromoterScore() {
        ItemFigures recommend = item(whole(report()), "overall.recommend").figures();
        long promoters = 2 * Arrays.stream(RECOMMEND).filter(v -> v >= 9).count();
        long detractors = 2 * Arrays.stream(RECOMMEND).filter(v -> v <= 6).count();
        assertThat(recommend.netPromoterScore().promoters()).isEqualTo(promoters);
        assertThat(recommend.netPromoterScore().detractors()).isEqualTo(detractors);
        assertThat(recommend.netPromoterScore().score()).isCloseTo(100.0 * (promoters - detractors) / 40, within(1e-9));
        assertThat(recommend.netPromoterScore().lower()).isLessThan(recommend.netPromoterScore().score());
    }

    @Test
    @DisplayName("each scale shows Cronbach's alpha over the respondents who answered all its items")
    void scaleAlpha() {
        var scale = whole(report()).scales().get(0);
        assertThat(scale.scale()).isEqualTo(StandardQuestionnaires.RELATIONSHIP_SCALE);
        assertThat(scale.figures().n()).isEqualTo(40);
        assertThat(scale.figures().cronbachAlpha()).isCloseTo(CronbachAlpha.of(trustScale), within(1e-12));
    }

    @Test
    @DisplayName("mentors and mentees are compared per item with Mann–Whitney U and the rank-biserial effect")
    void mentorsVersusMentees() {
        ItemComparison suits = report().mentorsVsMentees().stream().filter(c -> c.item().equals("pace.suits"))
                .findFirst().orElseThrow();
        RankComparison expected = RankComparison.of(MENTOR_SUITS, MENTEE_SUITS, true);
        assertThat(suits.test().mentors()).isEqualTo(20);
        assertThat(suits.test().mentees()).isEqualTo(20);
        assertThat(suits.test().u()).isEqualTo(expected.u());
        assertThat(suits.test().p()).isEqualTo(expected.p()).isLessThan(0.001);
        assertThat(suits.test().rankBiserial()).isPositive();
        assertThat(report().mentorsVsMentees()).noneMatch(c -> c.item().equals("goals.mentee-practice"));
    }

    @Test
    @DisplayName("each numeric item shows its change against the previous wave for the same group")
    void changeSincePreviousWave() {
        ItemResult suits = item(whole(report()), "pace.suits");
        double previousMean = (10 * 2 + 10 * 3 + 10 * 4) / 30.0;
        assertThat(suits.change().previousWave()).isEqualTo("pulse-2026-01");
        assertThat(suits.change().previousN()).isEqualTo(30);
        assertThat(suits.change().previousMean()).isCloseTo(previousMean, within(1e-12));
        assertThat(suits.change().meanChange()).isCloseTo(suits.figures().summary().mean() - previousMean,
                within(1e-12));
        assertThat(suits.change().favourableChange().estimate())
                .isCloseTo(suits.figures().favourable().estimate() - 10 / 30.0, within(1e-12));
    }

    @Test
    @DisplayName("workshop themes rank what respondents asked for and where answers are least favourable")
    void workshopThemes() {
        SurveyReport report = report();
        assertThat(report.workshopThemes()).hasSizeLessThanOrEqualTo(5);
        assertThat(report.workshopThemes().get(0).source()).isEqualTo("workshop.themes:time");
        assertThat(report.workshopThemes().get(0).share()).isEqualTo(1.0);
        assertThat(report.workshopThemes()).extracting(t -> t.rank()).containsExactly(
                IntStream.rangeClosed(1, report.workshopThemes().size()).boxed().toArray(Integer[]::new));
        assertThat(report.workshopThemes()).extracting(t -> t.share()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    @DisplayName("where the pairs stand reads the pace and relationship items of the whole wave")
    void pairsStanding() {
        SurveyReport report = report();
        assertThat(report.pairsStanding().meetingPace()).extracting(ItemResult::item)
                .containsExactly("pace.frequency", "pace.suits");
        assertThat(report.pairsStanding().relationship()).extracting(ItemResult::item)
                .containsExactly("relationship.trust", "relationship.openness", "relationship.expectations");
        assertThat(report.pairsStanding().reading()).hasSize(5).first().extracting(b -> b.in(Locale.ENGLISH))
                .isEqualTo("How often do you meet your mentoring partner? — most often: Every week (25%, n = 40)");
        assertThat(report.pairsStanding().reading().get(1).in(Locale.FRENCH))
                .startsWith("Le rythme de nos rencontres me convient. — ");
    }

    @Test
    @DisplayName("the report serialises to JSON as plain records and reads back equal")
    void json() throws Exception {
        SurveyReport report = report();
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(report);
        JsonNode tree = mapper.readTree(json);
        assertThat(tree.at("/header/threshold").asInt()).isEqualTo(5);
        assertThat(tree.at("/groups/0/figures/respondents").asInt()).isEqualTo(40);
        assertThat(tree.at("/groups/0/items/0/item").asText()).isEqualTo("pace.frequency");
        assertThat(tree.at("/groups/0/items/1/figures/favourable/lower").isNumber()).isTrue();
        JsonNode unanswered = tree.at("/groups/0/items/5");
        assertThat(unanswered.get("item").asText()).isEqualTo("goals.progress");
        assertThat(unanswered.get("figures").isNull()).isTrue();
        assertThat(unanswered.at("/withheld/explanation/texts/en").asText()).isEqualTo("fewer than 5 respondents");
        assertThat(unanswered.at("/withheld/reason").asText()).isEqualTo("FEWER_THAN_THRESHOLD");
        assertThat(mapper.readValue(json, SurveyReport.class)).isEqualTo(report);
    }

    @Test
    @DisplayName("the plain-text rendering reads in French and in English")
    void text() {
        SurveyReport report = report();
        String french = SurveyReportText.render(report, Locale.FRENCH);
        String english = SurveyReportText.render(report, Locale.ENGLISH);
        assertThat(french).startsWith("Questionnaire de mi-parcours — mentoring-2026 / mid-point-2026\n")
                .contains("Aucun résultat n’est calculé sur moins de 5 répondants.")
                .contains("Répondants\u00a0: 40 sur 50 (80\u202f%)")
                .contains("== Thèmes suggérés pour l’atelier ==")
                .contains("«\u00a0commentaire a\u00a0»");
        assertThat(english).startsWith("Mid-point questionnaire — mentoring-2026 / mid-point-2026\n")
                .contains("Respondents: 40 of 50 (80%)")
                .contains("== Mentors compared with mentees ==")
                .contains("== Where the pairs stand ==")
                .contains("Change since pulse-2026-01: ");
    }

    @Test
    @DisplayName("a third language is a bundle: a German bundle words the report, English fills its missing keys")
    void thirdLanguage() {
        String german = SurveyReportText.render(report(), Locale.GERMANY);
        assertThat(german).contains("Befragte: 40 von 50 (80\u00a0%)").contains("== Wo die Tandems stehen ==")
                .contains("== Mentors compared with mentees ==");
    }
}
