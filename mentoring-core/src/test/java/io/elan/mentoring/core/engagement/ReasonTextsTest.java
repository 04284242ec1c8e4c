package io.elan.mentoring.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.program.PairId;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReasonTextsTest {

    private static final PairId PAIR = PairId.of("pair-1");
    private static final PersonId PERSON = PersonId.of("ana");
    private final ReasonTexts texts = new ReasonTexts();

    static Stream<Arguments> findings() {
        return Stream.of(
                Arguments.of(new Finding(ReasonCode.NEVER_STARTED, EngagementStatus.DISENGAGED, PAIR, null, 5, 0, 4, 0,
                                5),
                        "No first meeting 5 active weeks after the pair was formed (a first meeting is expected within"
                                + " 4 weeks).",
                        "Aucun premier rendez-vous 5 semaines actives après la formation du binôme (un premier"
                                + " rendez-vous est attendu sous 4 semaines)."),
                Arguments.of(new Finding(ReasonCode.PAIR_SILENCE, EngagementStatus.AT_RISK, PAIR, null, 20, 2, 4.5,
                                3.25, 6),
                        "No meeting in the last 6 active weeks; weighted exchanges left in that time: 2 (first weeks:"
                                + " 4.5 a week; program median: 3.2 a week).",
                        "Aucun rendez-vous sur les 6 dernières semaines actives ; échanges pondérés restants sur la"
                                + " période : 2 (premières semaines : 4,5 par semaine ; médiane du programme : 3,2 par"
                                + " semaine)."),
                Arguments.of(new Finding(ReasonCode.RARER_EXCHANGES, EngagementStatus.WATCH, PAIR, null, 20, 1.2, 3,
                                2.5, 7),
                        "Exchanges fell to 1.2 a week over the last 7 active weeks, 40% of the 3 a week of the pair’s"
                                + " first weeks (program median: 2.5 a week).",
                        "Les échanges sont tombés à 1,2 par semaine sur les 7 dernières semaines actives, soit 40 % des"
                                + " 3 par semaine des premières semaines du binôme (médiane du programme : 2,5 par"
                                + " semaine)."),
                Arguments.of(new Finding(ReasonCode.FALLING_PARTICIPATION, EngagementStatus.WATCH, null, PERSON, 20,
                                0.25, 0.75, 0.6, 6),
                        "Attended 25% of the touchpoints of the last 6 active weeks, against 75% before (whole program:"
                                + " 60%).",
                        "Présence à 25 % des temps d’animation des 6 dernières semaines actives, contre 75 % auparavant"
                                + " (ensemble du programme : 60 %)."),
                Arguments.of(new Finding(ReasonCode.ISOLATION, EngagementStatus.AT_RISK, null, PERSON, 20, 0, 2, 0, 8),
                        "No exchange within the pair and no touchpoint attended over the last 8 active weeks (2"
                                + " touchpoints offered).",
                        "Aucun échange en binôme et aucun temps d’animation suivi sur les 8 dernières semaines actives"
                                + " (2 temps d’animation proposés)."),
                Arguments.of(new Finding(ReasonCode.PROGRAM_MOMENTUM_DROP, EngagementStatus.AT_RISK, null, null, 20,
                                0.3, 0.8, 0.9, 6),
                        "Participation fell to 30% of participants a week at the end of the last 6 active weeks, from"
                                + " 80% at their start (first weeks of the program: 90%).",
                        "La participation est tombée à 30 % des participants par semaine à la fin des 6 dernières"
                                + " semaines actives, contre 80 % à leur début (premières semaines du programme :"
                                + " 90 %)."),
                Arguments.of(new Finding(ReasonCode.CONCERN_RAISED, EngagementStatus.AT_RISK, null, PERSON, 20, 1,
                                0, 0, 0),
                        "A follow-up call with this person raised a concern this week; the program team was alerted"
                                + " when it was logged.",
                        "Un appel de suivi avec cette personne a fait remonter une inquiétude cette semaine ;"
                                + " l’équipe du programme a été alertée dès l’appel."),
                Arguments.of(new Finding(ReasonCode.CONCERN_RAISED, EngagementStatus.AT_RISK, null, PERSON, 20, 2,
                                0, 0, 3),
                        "2 follow-up calls with this person raised a concern, the latest 3 weeks ago; the program"
                                + " team was alerted when it was logged.",
                        "2 appels de suivi avec cette personne ont fait remonter une inquiétude, le dernier il y a"
                                + " 3 semaines ;"
                                + " l’équipe du programme a été alertée dès l’appel."));
    }

    @ParameterizedTest
    @MethodSource("findings")
    @DisplayName("every finding reads as a sentence with its numbers, in English and in French")
    void describesEveryFinding(Finding finding, String english, String french) {
        assertThat(texts.describe(finding, Locale.ENGLISH)).isEqualTo(english);
        assertThat(normalizeSpaces(texts.describe(finding, Locale.FRANCE))).isEqualTo(french);
    }

    @Test
    @DisplayName("every reason code has a test case")
    void everyCodeIsCovered() {
        assertThat(findings().map(a -> ((Finding) a.get()[0]).code()).distinct()).containsExactlyInAnyOrder(
                ReasonCode.values());
    }

    @Test
    @DisplayName("a language without texts falls back to English, not to the machine's language")
    void unknownLanguageFallsBackToEnglish() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        try {
            assertThat(texts.label(EngagementStatus.AT_RISK, Locale.GERMAN)).isEqualTo("At risk");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @ParameterizedTest
    @EnumSource(EngagementStatus.class)
    @DisplayName("every status has a label in both languages")
    void labelsEveryStatus(EngagementStatus status) {
        assertThat(texts.label(status, Locale.ENGLISH)).isNotBlank();
        assertThat(texts.label(status, Locale.FRENCH)).isNotBlank()
                .isNotEqualTo(texts.label(status, Locale.ENGLISH));
    }

    private static String normalizeSpaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
