package io.elan.mentoring.survey.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {

    @Test
    @DisplayName("Likert items carry five or seven agreement labels in French and English")
    void likertLabels() {
        Item five = Item.likert5("q", "Question\u202f?", "Question?", Topic.GOALS);
        Item seven = Item.likert7("q", "Question\u202f?", "Question?", Topic.GOALS);
        assertThat(five.pointLabels()).hasSize(5).first()
                .isEqualTo(LocalizedText.of("Pas du tout d’accord", "Strongly disagree"));
        assertThat(seven.pointLabels()).hasSize(7).last()
                .isEqualTo(LocalizedText.of("Tout à fait d’accord", "Strongly agree"));
        assertThat(Item.score("s", "Note\u202f?", "Score?", Topic.OVERALL).pointLabels()).hasSize(11);
        assertThat(Item.yesNo("y", "Oui\u202f?", "Yes?", Topic.RITUALS).pointLabels())
                .extracting(b -> b.in(Locale.FRENCH)).containsExactly("Non", "Oui");
    }

    @Test
    @DisplayName("the ready questionnaires cover pace, relationship, goals, rituals and the workshop, with both tracks")
    void readyQuestionnaires() {
        for (Questionnaire questionnaire : List.of(StandardQuestionnaires.midPoint(), StandardQuestionnaires.closing())) {
            assertThat(questionnaire.items()).extracting(Item::topic)
                    .contains(Topic.MEETING_PACE, Topic.RELATIONSHIP, Topic.GOALS, Topic.RITUALS, Topic.OVERALL);
            assertThat(questionnaire.items()).extracting(Item::track).contains(Track.MENTORS, Track.MENTEES);
            assertThat(questionnaire.items()).allSatisfy(item -> {
                assertThat(item.text().in(Locale.FRENCH)).isNotEqualTo(item.text().in(Locale.ENGLISH));
                assertThat(item.options()).allSatisfy(o -> assertThat(o.label().in(Locale.FRENCH)).isNotBlank());
            });
            assertThat(questionnaire.scales()).extracting(Scale::id).containsExactly("relationship");
        }
        assertThat(StandardQuestionnaires.midPoint().items()).extracting(Item::kind)
                .contains(ItemKind.LIKERT_5, ItemKind.SCORE_0_10, ItemKind.YES_NO, ItemKind.SINGLE_CHOICE,
                        ItemKind.MULTIPLE_CHOICE, ItemKind.FREE_TEXT);
        assertThat(StandardQuestionnaires.midPoint().items()).extracting(Item::topic).contains(Topic.WORKSHOP);
    }

    @Test
    @DisplayName("tracks decide who is asked an item")
    void tracks() {
        assertThat(Track.MENTORS.includes(Role.MENTOR)).isTrue();
        assertThat(Track.MENTORS.includes(Role.MENTEE)).isFalse();
        assertThat(Track.MENTEES.includes(Role.MENTEE)).isTrue();
        assertThat(Stream.of(Role.values()).allMatch(Track.EVERYONE::includes)).isTrue();
    }

    @Test
    @DisplayName("an invalid questionnaire lists every broken rule at once, each naming its field")
    void everyViolationListed() {
        Item likert = Item.likert5("a", "A\u202f?", "A?", Topic.GOALS);
        Item text = Item.freeText("b", "B\u202f?", "B?", Topic.GOALS);
        Item duplicate = Item.likert5("a", "A bis\u202f?", "A again?", Topic.GOALS);
        assertThatThrownBy(() -> new Questionnaire("bad id!", LocalizedText.of("T", "T"), List.of(likert, text, duplicate),
                List.of(new Scale("s", LocalizedText.of("S", "S"), List.of("a", "b", "zzz")))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).containsExactly(
                                "id: must be 1 to 64 letters, digits, dots, dashes or underscores (was \"bad id!\")",
                                "items[2].id: must be unique (was a)",
                                "scales[0].items: must name Likert items only (was b)",
                                "scales[0].items: must name items of this questionnaire (was zzz)",
                                "scales[0].items: must all have the same number of points"));
    }

    @Test
    @DisplayName("a choice item needs two options with unique codes; other items take none")
    void choiceOptions() {
        assertThatThrownBy(() -> Item.singleChoice("c", "C\u202f?", "C?", Topic.GOALS,
                List.of(ChoiceOption.of("x", "X", "X"), ChoiceOption.of("x", "Y", "Y"))))
                .isInstanceOf(InvalidValueException.class).hasMessage("options[1].code: must be unique (was x)");
        assertThatThrownBy(() -> new Item("n", ItemKind.LIKERT_5, LocalizedText.of("N", "N"),
                List.of(ChoiceOption.of("x", "X", "X")), Track.EVERYONE, Topic.GOALS))
                .isInstanceOf(InvalidValueException.class).hasMessage("options: must be empty for a LIKERT_5 item");
    }

    @Test
    @DisplayName("a wave accepts responses from its opening instant until, not including, its closing instant")
    void waveWindow() {
        Instant opens = Instant.parse("2026-03-02T08:00:00Z");
        Instant closes = Instant.parse("2026-03-16T18:00:00Z");
        Wave wave = new Wave("w", WaveKind.PULSE, StandardQuestionnaires.midPoint(), opens, closes);
        assertThat(wave.isOpenAt(opens)).isTrue();
        assertThat(wave.isOpenAt(closes.minusNanos(1))).isTrue();
        assertThat(wave.isOpenAt(closes)).isFalse();
        assertThat(wave.isOpenAt(opens.minusNanos(1))).isFalse();
        assertThatThrownBy(() -> new Wave("w", WaveKind.PULSE, StandardQuestionnaires.midPoint(), closes, opens))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("closesAt: must be after opensAt");
    }
}
