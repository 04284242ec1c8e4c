package io.elan.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each criterion scores as documented and reads as a sentence with its points, in English and in French. */
class PairExplanationTest {
    private static final PersonId ANA = PersonId.of("ana");
    private static final PersonId BRUNO = PersonId.of("bruno");

    private static PairAssessment assess(MatchingRules rules, MatchingProfile mentor, MatchingProfile mentee) {
        MatchingRequest request = MatchingRequest.builder().rules(rules).mentor(mentor, 1).mentee(mentee).build();
        return new MentorMatcher().assess(request, new Pairing(mentor.person(), mentee.person()));
    }

    private static MatchingProfile.Builder mentor() {
        return MatchingProfile.builder(ANA).languages("fr").level(4);
    }

    private static MatchingProfile.Builder mentee() {
        return MatchingProfile.builder(BRUNO).languages("fr-FR").level(2);
    }

    @Test
    @DisplayName("a pair on the target gap, sharing three of four goals, across departments on one site, with a "
            + "mutual first wish, scores 26 + 15 + 15 + 15 + 20 = 91")
    void aStrongPairScoresEachCriterion() {
        MatchingProfile mentor = mentor().department("finance").site("Lyon").workMode(WorkMode.ON_SITE)
                .topics("Leadership", "negotiation", "public speaking", "budgeting").wishes(BRUNO).build();
        MatchingProfile mentee = mentee().department("sales").site("Lyon")
                .topics("leadership", "negotiation", "public speaking", "career change").wishes(ANA).build();

        PairAssessment assessment = assess(MatchingRules.defaults(), mentor, mentee);

        assertThat(assessment.allowed()).isTrue();
        assertThat(assessment.criteria()).extracting(CriterionScore::points).containsExactly(26, 15, 15, 15, 20);
        assertThat(assessment.score()).isEqualTo(91);
        assertThat(assessment.explain(Locale.ENGLISH)).containsExactly(
                "3 of the 4 goals of the mentee shared (leadership, negotiation, public speaking): 26 of 35 points.",
                "The mentor is 2 levels above the mentee, the program’s target: 15 of 15 points.",
                "Different departments (finance for the mentor, sales for the mentee), as the program prefers: "
                        + "15 of 15 points.",
                "Both work at site Lyon and can meet in person: 15 of 15 points.",
                "Mutual wish: the mentor is the mentee’s wish no. 1 and the mentee the mentor’s wish no. 1: "
                        + "20 of 20 points.");
        assertThat(assessment.explain(Locale.FRENCH)).containsExactly(
                "3 des 4 objectifs du mentoré en commun (leadership, negotiation, public speaking)\u00a0: 26 points sur 35.",
                "Le mentor a 2 niveaux de plus que le mentoré, l’écart visé par le programme\u00a0: 15 points sur 15.",
                "Départements différents (finance pour le mentor, sales pour le mentoré), comme le souhaite le "
                        + "programme\u00a0: 15 points sur 15.",
                "Tous deux travaillent sur le site Lyon et peuvent se voir en personne\u00a0: 15 points sur 15.",
                "Souhait réciproque\u00a0: le mentor est le choix n° 1 du mentoré, et le mentoré le choix n° 1 du mentor\u00a0: "
                        + "20 points sur 20.");
    }

    @Nested
    @DisplayName("each criterion")
    class EachCriterion {

        @Test
        @DisplayName("goals: the weight times the share covered, rounded down; none named gives nothing")
        void goals() {
            MatchingProfile mentor = mentor().topics("writing", "strategy").build();
            assertThat(assess(MatchingRules.defaults(), mentor, mentee().topics("writing", "a", "b").build())
                    .criteria().get(0)).isEqualTo(new CriterionScore.SharedTopics(11, 35, List.of("writing"), 3));
            CriterionScore none = assess(MatchingRules.defaults(), mentor, mentee().build()).criteria().get(0);
            assertThat(none.points()).isZero();
            assertThat(none.describe(Locale.ENGLISH)).isEqualTo("The mentee named no goal: 0 of 35 points.");
            CriterionScore missed = assess(MatchingRules.defaults(), mentor, mentee().topics("hiring").build())
                    .criteria().get(0);
            assertThat(missed.describe(Locale.ENGLISH))
                    .isEqualTo("The only goal of the mentee is not among the mentor’s topics: 0 of 35 points.");
            assertThat(missed.describe(Locale.FRENCH))
                    .isEqualTo("L’objectif du mentoré ne figure pas parmi les sujets du mentor\u00a0: 0 point sur 35.");
        }

        @Test
        @DisplayName("level gap: a third less for each level away from the target, nothing from three away")
        void levelGap() {
            MatchingRules rules = MatchingRules.builder().minimumLevelGap(-5).targetLevelGap(2).build();
            int[] expected = {0, 0, 5, 10, 15, 10, 5, 0};
            for (int mentorLevel = 0; mentorLevel < expected.length; mentorLevel++) {
                CriterionScore level = assess(rules, mentor().level(mentorLevel).build(), mentee().build())
                        .criteria().get(1);
                assertThat(level.points()).as("mentor at level %d, mentee at 2", mentorLevel)
                        .isEqualTo(expected[mentorLevel]);
            }
            CriterionScore below = assess(rules, mentor().level(1).build(), mentee().build()).criteria().get(1);
            assertThat(below.describe(Locale.ENGLISH)).isEqualTo(
                    "The mentor is one level below the mentee, the program’s target being 2: 0 of 15 points.");
            assertThat(below.describe(Locale.FRENCH)).isEqualTo(
                    "Le mentor a un niveau de moins que le mentoré, pour un écart visé de 2\u00a0: 0 point sur 15.");
        }

        @Test
        @DisplayName("department: the weight when it matches the program’s preference, nothing when unknown")
        void department() {
            MatchingRules same = MatchingRules.builder().departmentPreference(DepartmentPreference.SAME_DEPARTMENT)
                    .build();
            CriterionScore sameWanted = assess(same, mentor().department("hr").build(),
                    mentee().department("hr").build()).criteria().get(2);
            assertThat(sameWanted.points()).isEqualTo(15);
            assertThat(sameWanted.describe(Locale.ENGLISH))
                    .isEqualTo("Same department (hr), as the program prefers: 15 of 15 points.");
            CriterionScore sameUnwanted = assess(MatchingRules.defaults(), mentor().department("hr").build(),
                    mentee().department("hr").build()).criteria().get(2);
            assertThat(sameUnwanted.points()).isZero();
            assertThat(sameUnwanted.describe(Locale.FRENCH)).isEqualTo(
                    "Même département (hr), alors que le programme en préfère un autre\u00a0: 0 point sur 15.");
            CriterionScore unknown = assess(MatchingRules.defaults(), mentor().department("hr").build(),
                    mentee().build()).criteria().get(2);
            assertThat(unknown.points()).isZero();
            assertThat(unknown.describe(Locale.ENGLISH))
                    .isEqualTo("The department of one of them is not known: 0 of 15 points.");
            MatchingRules none = MatchingRules.builder().departmentPreference(DepartmentPreference.NO_PREFERENCE)
                    .build();
            assertThat(assess(none, mentor().build(), mentee().build()).criteria())
                    .noneMatch(c -> c instanceof CriterionScore.Department);
            assertThat(none.maxPairScore()).isEqualTo(85);
        }

        @Test
        @DisplayName("location: the weight on one site or both remote, half when they can meet remotely, else none")
        void location() {
            assertThat(location(WorkMode.HYBRID, "Lyon", WorkMode.HYBRID, "Lyon")).isEqualTo(15);
            assertThat(location(WorkMode.REMOTE, "Lyon", WorkMode.REMOTE, "Paris")).isEqualTo(15);
            assertThat(location(WorkMode.HYBRID, "Lyon", WorkMode.REMOTE, "Lyon")).isEqualTo(7);
            assertThat(location(WorkMode.HYBRID, null, WorkMode.HYBRID, null)).isEqualTo(7);
            assertThat(location(WorkMode.ON_SITE, "Lyon", WorkMode.HYBRID, "Paris")).isZero();
            assertThat(location(WorkMode.ON_SITE, "Lyon", WorkMode.REMOTE, "Lyon")).isZero();
        }

        private int location(WorkMode mentorMode, String mentorSite, WorkMode menteeMode, String menteeSite) {
            return assess(MatchingRules.defaults(), mentor().workMode(mentorMode).site(mentorSite).build(),
                    mentee().workMode(menteeMode).site(menteeSite).build()).criteria().get(3).points();
        }

        @Test
        @DisplayName("wishes: half the weight for a first wish, a fifth less for each rank below, on each side")
        void wishes() {
            PersonId other = PersonId.of("other");
            CriterionScore menteeSecond = assess(MatchingRules.defaults(), mentor().build(),
                    mentee().wishes(other, ANA).build()).criteria().get(4);
            assertThat(menteeSecond.points()).isEqualTo(8);
            assertThat(menteeSecond.describe(Locale.ENGLISH))
                    .isEqualTo("The mentor is the mentee’s wish no. 2: 8 of 20 points.");
            CriterionScore mentorFirst = assess(MatchingRules.defaults(), mentor().wishes(BRUNO).build(),
                    mentee().build()).criteria().get(4);
            assertThat(mentorFirst.points()).isEqualTo(10);
            assertThat(mentorFirst.describe(Locale.FRENCH))
                    .isEqualTo("Le mentoré est le choix n° 1 du mentor\u00a0: 10 points sur 20.");
            CriterionScore none = assess(MatchingRules.defaults(), mentor().build(), mentee().build()).criteria()
                    .get(4);
            assertThat(none.describe(Locale.FRENCH)).isEqualTo("Aucun des deux n’a demandé l’autre\u00a0: 0 point sur 20.");
        }
    }

    @Test
    @DisplayName("a pairing that breaks hard rules says which, before its criteria")
    void brokenRulesComeFirst() {
        MatchingProfile mentor = mentor().languages("de").level(2).build();
        MatchingProfile mentee = mentee().managers(ANA).blocked(ANA).build();

        PairAssessment assessment = assess(MatchingRules.defaults(), mentor, mentee);

        assertThat(assessment.broken()).containsExactly(HardRule.REPORTING_LINE, HardRule.NO_SHARED_LANGUAGE,
                HardRule.LEVEL_GAP, HardRule.BLOCKED);
        assertThat(assessment.explain(Locale.ENGLISH)).startsWith(
                "Ruled out: one is in the other’s reporting line.", "Ruled out: they share no language.",
                "Ruled out: the mentor is not enough levels above the mentee.",
                "Ruled out: one of them blocked the other.");
        assertThat(assessment.explain(Locale.FRENCH).get(0))
                .isEqualTo("Exclu\u00a0: l’un est dans la ligne hiérarchique de l’autre.");
    }
}
