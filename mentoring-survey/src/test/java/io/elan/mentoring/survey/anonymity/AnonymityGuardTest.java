package io.elan.mentoring.survey.anonymity;

import static io.elan.mentoring.survey.anonymity.GuardFixture.MID_POINT;
import static io.elan.mentoring.survey.anonymity.GuardFixture.PROGRAM;
import static io.elan.mentoring.survey.anonymity.GuardFixture.TENANT;
import static io.elan.mentoring.survey.anonymity.GuardFixture.likert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.survey.questionnaire.Language;
import io.elan.mentoring.survey.report.GroupReport;
import io.elan.mentoring.survey.report.ItemResult;
import io.elan.mentoring.survey.report.SurveyReport;
import io.elan.mentoring.survey.report.SurveyReportText;
import io.elan.mentoring.survey.report.WithheldReason;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnonymityGuardTest {

    private static GroupReport group(SurveyReport report, Map<String, String> selection) {
        return report.groups().stream().filter(g -> g.selection().equals(selection)).findFirst().orElseThrow();
    }

    private static ItemResult item(GroupReport group, String item) {
        return group.items().stream().filter(i -> i.item().equals(item)).findFirst().orElseThrow();
    }

    @Nested
    class Policy {
        @Test
        @DisplayName("k is 5 by default and comments need groups of 10")
        void defaults() {
            assertThat(AnonymityPolicy.defaults()).isEqualTo(new AnonymityPolicy(5, 10));
        }

        @Test
        @DisplayName("k may be raised but never set below 3; the comment threshold never below 10 nor below k")
        void bounds() {
            assertThat(AnonymityPolicy.withThreshold(3)).isEqualTo(new AnonymityPolicy(3, 10));
            assertThat(AnonymityPolicy.withThreshold(12)).isEqualTo(new AnonymityPolicy(12, 12));
            assertThatThrownBy(() -> new AnonymityPolicy(2, 9)).isInstanceOf(InvalidValueException.class)
                    .hasMessage("2 invalid values: threshold: must be at least 3 (was 2); freeTextThreshold: must be "
                            + "at least 10 and at least threshold (was 9)");
        }
    }

    @Nested
    class Suppression {
        @Test
        @DisplayName("a group under k is withheld as 'fewer than k', never as zero, and its sibling is hidden too")
        void complementarySuppression() {
            GuardFixture fixture = new GuardFixture();
            fixture.addMany(MID_POINT, 12, "MENTOR", null, likert(4));
            fixture.addMany(MID_POINT, 3, "MENTEE", null, likert(2));
            SurveyReport report = fixture.guard().report(TENANT, PROGRAM, MID_POINT, null);

            GroupReport all = group(report, Map.of());
            assertThat(all.figures().respondents()).isEqualTo(15);
            assertThat(item(all, "pace.suits").figures().n()).isEqualTo(15);

            GroupReport mentees = group(report, Map.of("role", "MENTEE"));
            assertThat(mentees.figures()).isNull();
            assertThat(mentees.withheld().reason()).isEqualTo(WithheldReason.FEWER_THAN_THRESHOLD);
            assertThat(mentees.withheld().explanation().english()).isEqualTo("fewer than 5 respondents");
            assertThat(mentees.withheld().explanation().french()).isEqualTo("moins de 5 répondants");
            assertThat(item(mentees, "pace.suits").figures()).isNull();

            GroupReport mentors = group(report, Map.of("role", "MENTOR"));
            assertThat(mentors.figures()).isNull();
            assertThat(mentors.withheld().reason()).isEqualTo(WithheldReason.PROTECTS_SMALLER_GROUP);
            assertThat(item(mentors, "pace.suits").withheld().reason())
                    .isEqualTo(WithheldReason.PROTECTS_SMALLER_GROUP);
            assertThat(report.mentorsVsMentees()).allSatisfy(c -> assertThat(c.test()).isNull());

            String text = SurveyReportText.render(report, Language.ENGLISH);
            assertThat(text).contains("== Mentees ==\n(fewer than 5 respondents)")
                    .contains("== Mentors ==\n(hidden so that a group of fewer than 5 respondents cannot be deduced)")
                    .doesNotContain("n = 0").doesNotContain("n = 3").doesNotContain("n = 12");
        }

        @Test
        @DisplayName("when the hidden groups already hold k respondents together, the other siblings stay visible")
        void enoughHiddenTogether() {
            GuardFixture fixture = new GuardFixture();
            fixture.addMany(MID_POINT, 5, "MENTOR", "a", likert(4));
            fixture.addMany(MID_POINT, 5, "MENTEE", "a", likert(4));
            fixture.addMany(MID_POINT, 5, "MENTOR", "b", likert(4));
            fixture.addMany(MID_POINT, 5, "MENTEE", "b", likert(4));
            fixture.addMany(MID_POINT, 2, "MENTOR", "c", likert(4));
            fixture.addMany(MID_POINT, 1, "MENTEE", "c", likert(4));
            fixture.addMany(MID_POINT, 1, "MENTOR", "d", likert(4));
            fixture.addMany(MID_POINT, 2, "MENTEE", "d", likert(4));
            SurveyReport report = fixture.guard().report(TENANT, PROGRAM, MID_POINT, null);
            assertThat(group(report, Map.of("cohort", "c")).withheld().reason())
                    .isEqualTo(WithheldReason.FEWER_THAN_THRESHOLD);
            assertThat(group(report, Map.of("cohort", "d")).withheld().reason())
                    .isEqualTo(WithheldReason.FEWER_THAN_THRESHOLD);
            assertThat(group(report, Map.of("cohort", "a")).figures().respondents()).isEqualTo(10);
            assertThat(group(report, Map.of("cohort", "b")).figures().respondents()).isEqualTo(10);
            assertThat(group(report, Map.of("role", "MENTOR")).figures().respondents()).isEqualTo(13);
        }

        @Test
        @DisplayName("a cohort nested in a role is withheld when the role minus the cohort leaves fewer than k")
        void nestedGroupsAcrossDimensions() {
            GuardFixture fixture = new GuardFixture();
            fixture.addMany(MID_POINT, 10, "MENTOR", "a", likert(4));
            fixture.addMany(MID_POINT, 3, "MENTOR", "d", likert(1));
            fixture.addMany(MID_POINT, 10, "MENTEE", "b", likert(4));
            fixture.addMany(MID_POINT, 3, "MENTEE", "c", likert(4));
            SurveyReport report = fixture.guard().report(TENANT, PROGRAM, MID_POINT, null);
            // Mentors (13) minus cohort a (10 mentors) would be the 3 mentors of cohort d.
            assertThat(group(report, Map.of("role", "MENTOR")).figures().respondents()).isEqualTo(13);
            assertThat(group(report, Map.of("cohort", "a")).withheld().reason())
                    .isEqualTo(WithheldReason.TOO_CLOSE_TO_RELEASED);
            assertThat(group(report, Map.of("cohort", "a")).withheld().explanation().english())
                    .isEqualTo("differs from an already released figure by fewer than 5 respondents");
        }

        @Test
        @DisplayName("a wave without responses reports every figure as withheld and says the pairs cannot be placed")
        void emptyWave() {
            SurveyReport report = new GuardFixture().guard().report(TENANT, PROGRAM, MID_POINT, null);
            assertThat(report.groups()).allSatisfy(g -> {
                assertThat(g.figures()).isNull();
                assertThat(g.items()).allSatisfy(i -> assertThat(i.withheld().reason())
                        .isEqualTo(WithheldReason.FEWER_THAN_THRESHOLD));
            });
            assertThat(report.workshopThemes()).isEmpty();
            assertThat(report.pairsStanding().reading()).singleElement()
                    .satisfies(line -> assertThat(line.english())
                            .isEqualTo("Not enough answers to say where the pairs stand."));
        }

        @Test
        @DisplayName("comments are shown only to groups of at least 10, sorted so that order reveals nothing")
        void freeTextThreshold() {
            GuardFixture fixture = new GuardFixture();
            for (int i = 0; i < 9; i++) {
                fixture.add(MID_POINT, i % 2 == 0 ? "MENTOR" : "MENTEE", null,
                        Map.of("workshop.comment", new Answer.Text("idée " + (char) ('z' - i))));
            }
            AnonymityGuard guard = fixture.guard();
            ItemResult nine = item(group(guard.report(TENANT, PROGRAM, MID_POINT, null), Map.of()), "workshop.comment");
            assertThat(nine.figures()).isNull();
            assertThat(nine.withheld().explanation().english()).isEqualTo("fewer than 10 respondents");

            GuardFixture larger = new GuardFixture();
            for (int i = 0; i < 10; i++) {
                larger.add(MID_POINT, i % 2 == 0 ? "MENTOR" : "MENTEE", null,
                        Map.of("workshop.comment", new Answer.Text("idée " + (char) ('z' - i))));
            }
            ItemResult ten = item(group(larger.guard().report(TENANT, PROGRAM, MID_POINT, null), Map.of()),
                    "workshop.comment");
            assertThat(ten.figures().comments()).hasSize(10).isSorted();
            assertThat(ten.figures().n()).isEqualTo(10);
        }
    }

    @Nested
    class Differencing {
        @Test
        @DisplayName("a segment query that differs from a released overlapping selection by fewer than k is refused")
        void narrowQueryRefused() {
            GuardFixture fixture = new GuardFixture();
            fixture.addMany(MID_POINT, 10, "MENTOR", "a", likert(4));
            fixture.addMany(MID_POINT, 1, "MENTOR", "b", likert(1));
            fixture.addMany(MID_POINT, 10, "MENTEE", "a", likert(3));
            AnonymityGuard guard = fixture.guard();
            SurveyReport report = guard.report(TENANT, PROGRAM, MID_POINT, null);
            assertThat(group(report, Map.of("role", "MENTOR")).figures().respondents()).isEqualTo(11);

            Selection mentorsOfA = Selection.role(Role.MENTOR).and("cohort", "a");
            assertThatThrownBy(() -> guard.query(TENANT, PROGRAM, MID_POINT, mentorsOfA))
                    .isInstanceOf(QueryRefusedException.class)
                    .hasMessageContaining("differs from an already released overlapping selection by fewer than 5");
            GroupReport menteesOfA = guard.query(TENANT, PROGRAM, MID_POINT,
                    Selection.role(Role.MENTEE).and("cohort", "a"));
            assertThat(menteesOfA.figures().respondents()).isEqualTo(10);
        }

        @Test
        @DisplayName("the same report asked again after one more response withholds what would expose that response")
        void oneMoreResponse() {
            GuardFixture fixture = new GuardFixture();
            fixture.addMany(MID_POINT, 10, "MENTOR", null, likert(4));
            fixture.addMany(MID_POINT, 10, "MENTEE", null, likert(4));
            AnonymityGuard guard = fixture.guard();
            guard.report(TENANT, PROGRAM, MID_POINT, null);
            fixture.add(MID_POINT, "MENTEE", null, likert(1));
            SurveyReport second = guard.report(TENANT, PROGRAM, MID_POINT, null);
            assertThat(group(second, Map.of()).withheld().reason()).isEqualTo(WithheldReason.TOO_CLOSE_TO_RELEASED);
            assertThat(item(group(second, Map.of("role", "MENTEE")), "pace.suits").withheld().reason())
                    .isEqualTo(WithheldReason.TOO_CLOSE_TO_RELEASED);
            assertThat(item(group(second, Map.of("role", "MENTOR")), "pace.suits").figures().n()).isEqualTo(10);

            fixture.addMany(MID_POINT, 4, "MENTEE", null, likert(1));
            SurveyReport third = guard.report(TENANT, PROGRAM, MID_POINT, null);
            assertThat(group(third, Map.of()).figures().respondents()).isEqualTo(25);
            assertThat(item(group(third, Map.of("role", "MENTEE")), "pace.suits").figures().n()).isEqualTo(15);
        }

        @Test
        @DisplayName("a new guard on the same ledger, as after a restart, still knows what was released")
        void ledgerOutlivesTheGuard() {
            GuardFixture fixture = new GuardFixture();
            fixture.addMany(MID_POINT, 10, "MENTOR", null, likert(4));
            fixture.addMany(MID_POINT, 10, "MENTEE", null, likert(4));
            ReleaseLedger ledger = new InMemoryReleaseLedger();
            new AnonymityGuard(fixture.store, fixture.registry, AnonymityPolicy.defaults(), ledger)
                    .report(TENANT, PROGRAM, MID_POINT, null);
            assertThat(ledger.released(TENANT, PROGRAM, MID_POINT.id())).containsKeys("respondents", "pace.suits");
            assertThat(ledger.released(TENANT, PROGRAM, MID_POINT.id()).get("respondents"))
                    .extracting(set -> set.length).containsExactlyInAnyOrder(20, 10, 10);

            fixture.add(MID_POINT, "MENTEE", null, likert(1));
            AnonymityGuard restarted = new AnonymityGuard(fixture.store, fixture.registry, AnonymityPolicy.defaults(),
                    ledger);
            SurveyReport again = restarted.report(TENANT, PROGRAM, MID_POINT, null);
            assertThat(group(again, Map.of()).withheld().reason()).isEqualTo(WithheldReason.TOO_CLOSE_TO_RELEASED);
            assertThatThrownBy(() -> restarted.query(TENANT, PROGRAM, MID_POINT, Selection.role(Role.MENTEE)))
                    .isInstanceOf(QueryRefusedException.class);
        }

        @Test
        @DisplayName("a query below k returns a withheld group rather than a number")
        void smallQuery() {
            GuardFixture fixture = new GuardFixture();
            fixture.addMany(MID_POINT, 3, "MENTOR", "x", likert(4));
            GroupReport result = fixture.guard().query(TENANT, PROGRAM, MID_POINT, Selection.cohort("x"));
            assertThat(result.figures()).isNull();
            assertThat(result.withheld().reason()).isEqualTo(WithheldReason.FEWER_THAN_THRESHOLD);
            assertThat(result.items()).allSatisfy(i -> assertThat(i.figures()).isNull());
        }
    }
}
