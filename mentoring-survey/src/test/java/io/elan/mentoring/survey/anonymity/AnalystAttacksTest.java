package io.elan.mentoring.survey.anonymity;

import static io.elan.mentoring.survey.anonymity.GuardFixture.MID_POINT;
import static io.elan.mentoring.survey.anonymity.GuardFixture.PROGRAM;
import static io.elan.mentoring.survey.anonymity.GuardFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.survey.questionnaire.Questionnaire;
import io.elan.mentoring.survey.questionnaire.Scale;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveRedefinedException;
import io.elan.mentoring.survey.report.GroupReport;
import io.elan.mentoring.survey.report.ItemFigures;
import io.elan.mentoring.survey.report.ScaleFigures;
import io.elan.mentoring.survey.report.SurveyReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The five ways an HR analyst with the public API recovered individual answers, with k = 5 and comments for groups
 * of 10, replayed step by step: each attack now finds a figure it needs withheld or refused, and recovers nothing.
 * The property test of the JDBC module plays every combination of such steps and solves all that is released.
 */
@DisplayName("the analyst's attacks")
class AnalystAttacksTest {

    /** The sum of the answers behind an item's figures, as the analyst reads it off the released distribution. */
    private static Optional<Long> sum(GroupReport group, String item) {
        return group.items().stream().filter(i -> i.item().equals(item)).findFirst()
                .map(result -> result.figures())
                .map(figures -> figures.distribution().stream()
                        .mapToLong(count -> count.count() * Long.parseLong(count.value())).sum());
    }

    private static Optional<List<String>> comments(GroupReport group, String item) {
        return group.items().stream().filter(i -> i.item().equals(item)).findFirst()
                .map(result -> result.figures()).map(ItemFigures::comments);
    }

    private static Optional<GroupReport> group(SurveyReport report, Map<String, String> selection) {
        return report.groups().stream().filter(g -> g.selection().equals(selection)).findFirst();
    }

    private static Map<String, Answer> answers(int suits, String comment) {
        return Map.of("pace.suits", new Answer.Numeric(suits), "workshop.comment", new Answer.Text(comment));
    }

    /** Ten mentors of cohort c, ten mentees of cohort d, and one mentee of cohort c: the target. */
    private static GuardFixture overlappingCohort() {
        GuardFixture fixture = new GuardFixture();
        for (int i = 0; i < 10; i++) {
            fixture.add(MID_POINT, "MENTOR", "c", answers(4, "mentor " + i));
            fixture.add(MID_POINT, "MENTEE", "d", answers(3, "mentee " + i));
        }
        fixture.add(MID_POINT, "MENTEE", "c", answers(1, "the target's own words"));
        return fixture;
    }

    @Test
    @DisplayName("one report: mentees + cohort − whole wave would leave the one mentee of the mentors' cohort, for"
            + " a score and for a comment from groups of 11 and 21; the cohort is withheld")
    void menteesPlusCohortMinusWave() {
        SurveyReport report = overlappingCohort().guard().report(TENANT, PROGRAM, MID_POINT, null);
        GroupReport whole = group(report, Map.of()).orElseThrow();
        GroupReport mentees = group(report, Map.of("role", "MENTEE")).orElseThrow();
        GroupReport cohort = group(report, Map.of("cohort", "c")).orElseThrow();
        assertThat(sum(whole, "pace.suits")).contains(10L * 4 + 10 * 3 + 1);
        assertThat(sum(mentees, "pace.suits")).contains(10L * 3 + 1);
        assertThat(sum(cohort, "pace.suits")).as("the cohort's figures, the last term the attack needs").isEmpty();
        assertThat(comments(whole, "workshop.comment")).hasValueSatisfying(c -> assertThat(c).hasSize(21));
        assertThat(comments(mentees, "workshop.comment")).hasValueSatisfying(c -> assertThat(c).hasSize(11));
        assertThat(comments(cohort, "workshop.comment")).as("the cohort's comments, the last term the attack needs")
                .isEmpty();
        assertThat(cohort.figures()).isNull();
    }

    @Test
    @DisplayName("the same three groups through queries, in every order: the third is refused whatever the order")
    void sameThroughQueriesInAnyOrder() {
        List<RespondentGroup> groups = List.of(RespondentGroup.all(), RespondentGroup.role(Role.MENTEE), RespondentGroup.cohort("c"));
        for (int[] order : new int[][] {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}}) {
            AnonymityGuard guard = overlappingCohort().guard();
            Map<RespondentGroup, Long> sums = new HashMap<>();
            for (int g : order) {
                try {
                    sum(guard.query(TENANT, PROGRAM, MID_POINT, groups.get(g)), "pace.suits")
                            .ifPresent(sum -> sums.put(groups.get(g), sum));
                } catch (QueryRefusedException refused) {
                    assertThat(refused.getMessage()).contains("refused, nothing was released");
                }
            }
            assertThat(sums).as("figures released when asking in the order %s", Arrays.toString(order))
                    .hasSizeLessThan(3);
        }
    }

    @Test
    @DisplayName("re-declaring the wave's questionnaire with a new scale over released items is refused")
    void redeclaredQuestionnaire() {
        GuardFixture fixture = new GuardFixture();
        for (int i = 0; i < 10; i++) {
            fixture.add(MID_POINT, i % 2 == 0 ? "MENTOR" : "MENTEE", null,
                    Map.of("pace.suits", new Answer.Numeric(1 + i % 5), "relationship.trust", new Answer.Numeric(3)));
        }
        fixture.add(MID_POINT, "MENTEE", null, Map.of("pace.suits", new Answer.Numeric(5)));
        fixture.guard().report(TENANT, PROGRAM, MID_POINT, null);
        Questionnaire midPoint = StandardQuestionnaires.midPoint();
        List<Scale> scales = new ArrayList<>(midPoint.scales());
        scales.add(new Scale("pace-trust", LocalizedText.of("Rythme et confiance", "Pace and trust"),
                List.of("pace.suits", "relationship.trust")));
        Wave redeclared = new Wave(MID_POINT.id(), MID_POINT.kind(),
                new Questionnaire(midPoint.id(), midPoint.title(), midPoint.items(), scales), MID_POINT.opensAt(),
                MID_POINT.closesAt(), MID_POINT.segments());
        assertThatThrownBy(() -> fixture.guard().report(TENANT, PROGRAM, redeclared, null))
                .isInstanceOf(WaveRedefinedException.class);
    }

    @Test
    @DisplayName("a respondent who skipped one item of a scale: items minus the scale would give their answers; the"
            + " scale is withheld")
    void skippedItemOfAScale() {
        GuardFixture fixture = new GuardFixture();
        for (int i = 0; i < 10; i++) {
            fixture.add(MID_POINT, i % 2 == 0 ? "MENTOR" : "MENTEE", null, Map.of(
                    "relationship.trust", new Answer.Numeric(4), "relationship.openness", new Answer.Numeric(4),
                    "relationship.expectations", new Answer.Numeric(4)));
        }
        fixture.add(MID_POINT, "MENTEE", null, Map.of("relationship.trust", new Answer.Numeric(1),
                "relationship.expectations", new Answer.Numeric(2)));
        GroupReport whole = group(fixture.guard().report(TENANT, PROGRAM, MID_POINT, null), Map.of()).orElseThrow();
        ScaleFigures scale = whole.scales().get(0).figures();
        assertThat(scale).as("the scale figures the attack subtracts from the items").isNull();
        assertThat(sum(whole, "relationship.trust")).contains(41L);
    }

    @Test
    @DisplayName("a second guard over the same stores shares the first one's history: one more response does not"
            + " come out as the difference of two totals")
    void secondGuard() {
        GuardFixture fixture = new GuardFixture();
        fixture.addMany(MID_POINT, 20, "MENTOR", null, Map.of("pace.suits", new Answer.Numeric(4)));
        long before = sum(group(fixture.guard().report(TENANT, PROGRAM, MID_POINT, null), Map.of()).orElseThrow(),
                "pace.suits").orElseThrow();
        assertThat(before).isEqualTo(80);
        fixture.add(MID_POINT, "MENTEE", null, Map.of("pace.suits", new Answer.Numeric(1)));
        AnonymityGuard second = fixture.guard();
        assertThat(sum(group(second.report(TENANT, PROGRAM, MID_POINT, null), Map.of()).orElseThrow(), "pace.suits"))
                .isEmpty();
        assertThatThrownBy(() -> SurveyStores.of(fixture.store, fixture.registry, null, fixture.waves))
                .isInstanceOf(InvalidValueException.class).hasMessage("releaseLedger: is required");
    }
}
