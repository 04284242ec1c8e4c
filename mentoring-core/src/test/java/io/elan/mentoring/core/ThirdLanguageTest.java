package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.TimerFixture.WAVE;
import static io.elan.mentoring.core.TimerFixture.WAVE_OPENS;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.core.survey.SurveyForm;
import io.elan.mentoring.core.survey.SurveySettings;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.Questionnaire;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * German ships with no Élan artifact: this test adds it as a host would, with a resource bundle for the messages
 * (src/test/resources/io/elan/mentoring/core/german) and German versions of the questionnaire's texts, and changes
 * nothing else.
 */
@DisplayName("adding a language is adding texts: a German participant reads German, and the documented fallbacks")
class ThirdLanguageTest {

    private static final Locale GERMAN = Locale.GERMAN;
    private static final String ANNA = "mentee-anna";

    private static Questionnaire midPointInGerman() {
        Questionnaire standard = StandardQuestionnaires.midPoint();
        Item first = standard.items().get(0);
        Item firstInGerman = new Item(first.id(), first.kind(),
                first.text().with(GERMAN, "Wie zufrieden sind Sie mit dem Rhythmus Ihrer Treffen?"), first.options(),
                first.track(), first.topic());
        List<Item> items = new ArrayList<>(standard.items());
        items.set(0, firstInGerman);
        return new Questionnaire(standard.id(), standard.title().with(GERMAN, "Halbzeit-Fragebogen"), items,
                standard.scales());
    }

    private static TimerFixture programWithGerman() {
        MessageTexts texts = MessageTexts.builder()
                .add(GERMAN, ResourceBundle.getBundle("io.elan.mentoring.core.german.messages", GERMAN))
                .build();
        SurveySettings settings = SurveySettings.builder().questionnaire(midPointInGerman()).build();
        TimerFixture program = new TimerFixture(1, builder -> builder.messageTexts(texts).surveySettings(settings));
        program.reachable(ANNA, GERMAN);
        program.engine.acme().participants().enrol(SPRING, Role.MENTEE, List.of(PersonId.of(ANNA)));
        return program;
    }

    private static OutgoingMessage invitation(TimerFixture program, String person) {
        return program.messages("survey-invitation").stream().map(e -> e.message())
                .filter(m -> m.recipient().value().equals(person)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the invitation's title, introduction and button are German, the questionnaire named in German")
    void invitationInGerman() {
        TimerFixture program = programWithGerman();
        program.runAt(WAVE_OPENS);

        OutgoingMessage mentee = invitation(program, ANNA);
        assertThat(mentee.content().title()).isEqualTo("Halbzeit-Fragebogen: Ihre Meinung zählt");
        assertThat(mentee.content().paragraphs().get(0)).startsWith("Dieser Fragebogen ist bis ")
                .endsWith("Folgen Sie einfach Ihrem persönlichen Link; er gilt einmal.");
        assertThat(mentee.content().callToAction().label()).isEqualTo("Fragebogen beantworten");
    }

    @Test
    @DisplayName("a text the German bundle lacks falls back to the program's language, the event named in it too")
    void missingGermanTextFallsBackToTheProgramsLanguage() {
        TimerFixture program = programWithGerman();
        program.runAt(WAVE_OPENS);

        List<String> paragraphs = invitation(program, ANNA).content().paragraphs();
        assertThat(paragraphs.get(1)).isEqualTo("Vos réponses préparent «\u00a0Atelier de mi-parcours\u00a0»,"
                + " le 14 juin 2027 à 14:00.");
        assertThat(paragraphs.get(2)).startsWith("Vos réponses sont anonymes\u00a0:");
    }

    @Test
    @DisplayName("French and English readers of the same program are untouched by the added language")
    void othersUnchanged() {
        TimerFixture program = programWithGerman();
        program.runAt(WAVE_OPENS);

        assertThat(invitation(program, "mentor-1").content().title())
                .isEqualTo("Questionnaire de mi-parcours\u00a0: votre avis compte");
    }

    @Test
    @DisplayName("the questionnaire's form shows the German version of an item, and its language's fallback for others")
    void formInGerman() {
        TimerFixture program = programWithGerman();
        program.runAt(WAVE_OPENS);

        SurveyForm form = program.engine.acme().surveys().form(SPRING, WAVE, program.token(ANNA));
        assertThat(form.title().in(GERMAN, Locale.FRENCH)).isEqualTo("Halbzeit-Fragebogen");
        assertThat(form.items().get(0).text().in(GERMAN, Locale.FRENCH))
                .isEqualTo("Wie zufrieden sind Sie mit dem Rhythmus Ihrer Treffen?");
        Item second = form.items().get(1);
        assertThat(second.text().in(GERMAN, Locale.FRENCH)).isEqualTo(second.text().in(Locale.FRENCH));
    }
}
