package io.elan.mentoring.survey.questionnaire;

import io.elan.mentoring.spi.text.LocalizedText;
import java.util.List;

/**
 * The ready questionnaires of the practice: the mid-point questionnaire sent before the mid-point workshop and the
 * closing questionnaire, both in French and English. Their items cover the pace of meetings, the quality of the
 * relationship, progress on goals, the usefulness of the rituals and what to cover at the workshop.
 */
public final class StandardQuestionnaires {

    /** The scale of the relationship items. */
    public static final String RELATIONSHIP_SCALE = "relationship";

    private static final List<ChoiceOption> MEETING_FREQUENCY = List.of(
            ChoiceOption.of("weekly", "Chaque semaine", "Every week"),
            ChoiceOption.of("fortnightly", "Toutes les deux semaines", "Every two weeks"),
            ChoiceOption.of("monthly", "Une fois par mois", "Once a month"),
            ChoiceOption.of("less-often", "Moins d’une fois par mois", "Less than once a month"),
            ChoiceOption.of("not-since-kickoff", "Pas depuis le lancement", "Not since the kick-off"));

    private static final List<ChoiceOption> WORKSHOP_THEMES = List.of(
            ChoiceOption.of("goals", "Fixer et suivre des objectifs", "Setting and tracking goals"),
            ChoiceOption.of("time", "Trouver du temps pour se voir", "Finding time to meet"),
            ChoiceOption.of("feedback", "Donner et recevoir du feedback", "Giving and receiving feedback"),
            ChoiceOption.of("posture", "La posture du mentor", "The mentor’s stance"),
            ChoiceOption.of("network", "Développer son réseau", "Growing one’s network"),
            ChoiceOption.of("difficulties", "Surmonter une difficulté du binôme",
                    "Getting past a difficulty in the pair"));

    private StandardQuestionnaires() {}

    /** @return the mid-point questionnaire (questionnaire de mi-parcours) */
    public static Questionnaire midPoint() {
        return new Questionnaire("mid-point",
                LocalizedText.of("Questionnaire de mi-parcours", "Mid-point questionnaire"),
                List.of(
                        Item.singleChoice("pace.frequency", "À quelle fréquence rencontrez-vous votre binôme\u202f?",
                                "How often do you meet your mentoring partner?", Topic.MEETING_PACE, MEETING_FREQUENCY),
                        Item.likert5("pace.suits", "Le rythme de nos rencontres me convient.",
                                "The pace of our meetings suits me.", Topic.MEETING_PACE),
                        Item.likert5("relationship.trust", "Je me sens en confiance avec mon binôme.",
                                "I feel I can trust my mentoring partner.", Topic.RELATIONSHIP),
                        Item.likert5("relationship.openness", "Nos échanges sont ouverts et sincères.",
                                "Our conversations are open and honest.", Topic.RELATIONSHIP),
                        Item.likert5("relationship.expectations", "Nous sommes au clair sur nos attentes mutuelles.",
                                "We are clear about what we expect from each other.", Topic.RELATIONSHIP),
                        Item.likert5("goals.progress", "Le binôme avance vers les objectifs fixés au lancement.",
                                "Our pair is making progress on the goals set at the kick-off.", Topic.GOALS),
                        Item.likert5("goals.mentee-practice",
                                "Je mets en pratique ce que je retire de nos échanges.",
                                "I put into practice what I take from our conversations.", Topic.GOALS)
                                .onlyFor(Track.MENTEES),
                        Item.likert5("goals.mentor-confidence", "Je sais comment aider mon mentoré à avancer.",
                                "I know how to help my mentee move forward.", Topic.GOALS)
                                .onlyFor(Track.MENTORS),
                        Item.likert5("rituals.useful",
                                "Les temps collectifs (webinaires, repas témoignages, capsules) me sont utiles.",
                                "The collective sessions (webinars, testimony meals, capsules) are useful to me.",
                                Topic.RITUALS),
                        Item.yesNo("rituals.replay", "Avez-vous consulté au moins un replay\u202f?",
                                "Have you used at least one replay?", Topic.RITUALS),
                        Item.score("overall.recommend",
                                "De 0 à 10, recommanderiez-vous ce programme à un collègue\u202f?",
                                "From 0 to 10, how likely are you to recommend this program to a colleague?",
                                Topic.OVERALL),
                        Item.multipleChoice("workshop.themes",
                                "Quels sujets aborder lors de l’atelier de mi-parcours\u202f?",
                                "Which topics should the mid-point workshop cover?", Topic.WORKSHOP, WORKSHOP_THEMES),
                        Item.freeText("workshop.comment",
                                "Qu’aimeriez-vous partager ou travailler lors de l’atelier\u202f?",
                                "What would you like to share or work on at the workshop?", Topic.WORKSHOP)),
                List.of(relationshipScale()));
    }

    /** @return the closing questionnaire (questionnaire de clôture) */
    public static Questionnaire closing() {
        return new Questionnaire("closing", LocalizedText.of("Questionnaire de clôture", "Closing questionnaire"),
                List.of(
                        Item.singleChoice("pace.frequency",
                                "Sur l’ensemble du programme, à quelle fréquence avez-vous rencontré votre"
                                        + " binôme\u202f?",
                                "Over the whole program, how often did you meet your mentoring partner?",
                                Topic.MEETING_PACE, MEETING_FREQUENCY),
                        Item.likert5("pace.suits", "Le rythme de nos rencontres m’a convenu.",
                                "The pace of our meetings suited me.", Topic.MEETING_PACE),
                        Item.likert5("relationship.trust", "Je me suis senti(e) en confiance avec mon binôme.",
                                "I felt I could trust my mentoring partner.", Topic.RELATIONSHIP),
                        Item.likert5("relationship.openness", "Nos échanges ont été ouverts et sincères.",
                                "Our conversations were open and honest.", Topic.RELATIONSHIP),
                        Item.likert5("relationship.expectations", "Nos attentes mutuelles ont été claires.",
                                "What we expected from each other was clear.", Topic.RELATIONSHIP),
                        Item.likert5("goals.reached", "Les objectifs fixés au lancement ont été atteints.",
                                "The goals set at the kick-off were reached.", Topic.GOALS),
                        Item.likert5("goals.mentee-growth", "Le programme m’a fait progresser.",
                                "The program helped me grow.", Topic.GOALS).onlyFor(Track.MENTEES),
                        Item.likert5("goals.mentor-learning", "J’ai moi-même appris en accompagnant mon mentoré.",
                                "I learned something myself by mentoring.", Topic.GOALS).onlyFor(Track.MENTORS),
                        Item.likert5("rituals.useful",
                                "Les temps collectifs (webinaires, repas témoignages, capsules) m’ont été utiles.",
                                "The collective sessions (webinars, testimony meals, capsules) were useful to me.",
                                Topic.RITUALS),
                        Item.likert5("rituals.midpoint", "L’atelier de mi-parcours a relancé notre binôme.",
                                "The mid-point workshop gave our pair new momentum.", Topic.RITUALS),
                        Item.yesNo("relationship.continue", "Pensez-vous garder le contact avec votre binôme\u202f?",
                                "Do you intend to stay in touch with your mentoring partner?", Topic.RELATIONSHIP),
                        Item.score("overall.recommend",
                                "De 0 à 10, recommanderiez-vous ce programme à un collègue\u202f?",
                                "From 0 to 10, how likely are you to recommend this program to a colleague?",
                                Topic.OVERALL),
                        Item.freeText("overall.comment",
                                "Que retenez-vous du programme, et que faudrait-il améliorer\u202f?",
                                "What do you take away from the program, and what should be improved?",
                                Topic.OVERALL)),
                List.of(relationshipScale()));
    }

    private static Scale relationshipScale() {
        return new Scale(RELATIONSHIP_SCALE, LocalizedText.of("Qualité de la relation", "Relationship quality"),
                List.of("relationship.trust", "relationship.openness", "relationship.expectations"));
    }
}
