package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.TimerFixture.WAVE;
import static io.elan.mentoring.core.TimerFixture.WAVE_CLOSES;
import static io.elan.mentoring.core.TimerFixture.WAVE_OPENS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.survey.SurveyForm;
import io.elan.mentoring.core.survey.SurveySettings;
import io.elan.mentoring.core.survey.SurveyWave;
import io.elan.mentoring.core.survey.SurveyWaveStatus;
import io.elan.mentoring.core.survey.Surveys;
import io.elan.mentoring.core.timer.DueWorkSummary;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.survey.collection.PublicationPolicy;
import io.elan.mentoring.survey.collection.SubmissionResult;
import io.elan.mentoring.survey.collection.WaveClosedException;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.Track;
import io.elan.mentoring.survey.report.SurveyReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the engine runs each survey wave from the program's calendar through the timer call")
class SurveysRunByTheEngineTest {

    private static Map<String, Answer> answers(SurveyForm form, int value) {
        return form.items().stream().filter(item -> item.kind().numeric()).collect(Collectors.toMap(Item::id,
                item -> new Answer.Numeric(Math.max(item.kind().min(), Math.min(item.kind().max(), value)))));
    }

    private static void answer(TimerFixture program, String person, int value) {
        Surveys surveys = program.engine.acme().surveys();
        SurveyForm form = surveys.form(SPRING, WAVE, program.token(person));
        assertThat(surveys.submit(SPRING, WAVE, program.token(person), answers(form, value)))
                .isEqualTo(SubmissionResult.RECORDED);
    }

    @Test
    @DisplayName("nobody is invited before the window; at it, every active participant is invited once")
    void invitesEveryoneOnceAtTheWindow() {
        TimerFixture program = new TimerFixture(3);
        program.runAt(WAVE_OPENS.minusSeconds(1));
        assertThat(program.messages("survey-invitation")).isEmpty();
        assertThat(program.engine.acme().surveys().waves(SPRING)).singleElement()
                .satisfies(w -> assertThat(w.status()).isEqualTo(SurveyWaveStatus.SCHEDULED));

        DueWorkSummary first = program.runAt(WAVE_OPENS);
        DueWorkSummary again = program.runAt(WAVE_OPENS.plusSeconds(60));

        assertThat(first.queued().surveyInvitations()).isEqualTo(6);
        assertThat(again.queued().surveyInvitations()).as("a second call invites nobody twice").isZero();
        assertThat(program.recipients("survey-invitation")).containsExactly("mentee-1", "mentee-2", "mentee-3",
                "mentor-1", "mentor-2", "mentor-3");
        assertThat(program.messages("survey-invitation")).extracting(e -> program.token(
                e.message().recipient().value())).doesNotHaveDuplicates();
        SurveyWave wave = program.engine.acme().surveys().waves(SPRING).get(0);
        assertThat(wave).extracting(SurveyWave::id, SurveyWave::status, SurveyWave::invited, SurveyWave::answered)
                .containsExactly(WAVE, SurveyWaveStatus.OPEN, 6, 0);
    }

    @Test
    @DisplayName("the invitation links the person's token, in their language, and says what anonymity means")
    void invitationSaysWhatItPromises() {
        TimerFixture program = new TimerFixture(1);
        program.runAt(WAVE_OPENS);
        Map<String, OutboxEntry> byPerson = program.messages("survey-invitation").stream()
                .collect(Collectors.toMap(e -> e.message().recipient().value(), Function.identity()));
        var mentor = byPerson.get("mentor-1").message();
        var mentee = byPerson.get("mentee-1").message();
        assertThat(mentor.content().title()).isEqualTo("Questionnaire de mi-parcours\u00a0: votre avis compte");
        assertThat(mentor.content().paragraphs()).containsExactly(
                "Ce questionnaire est ouvert jusqu’au 11 juin 2027 à 18:00. Il suffit de suivre votre lien"
                        + " personnel\u202f; il ne sert qu’une fois.",
                "Vos réponses préparent «\u00a0Atelier de mi-parcours\u00a0», le 14 juin 2027 à 14:00.",
                "Vos réponses sont anonymes\u00a0: elles ne sont jamais reliées à votre nom, et les résultats ne sont"
                        + " montrés que par groupes d’au moins 5 personnes.",
                "Sans réponse de votre part, vous recevrez au plus 2 rappels.");
        assertThat(mentee.content().title()).isEqualTo("Mid-point questionnaire: your view counts");
        assertThat(mentee.content().callToAction().label()).isEqualTo("Answer the questionnaire");
        assertThat(mentee.content().callToAction().url().toString())
                .startsWith("https://hr.example/surveys/").doesNotContain("mentee");
    }

    @Test
    @DisplayName("someone enrolled while the wave is open is invited by the next call")
    void lateJoinerInvited() {
        TimerFixture program = new TimerFixture(1);
        program.runAt(WAVE_OPENS);
        program.engine.clock.set(WAVE_OPENS.plus(Duration.ofDays(2)));
        program.reachable("mentee-late", Locale.FRENCH);
        program.engine.acme().participants().enrol(SPRING, Role.MENTEE, List.of(PersonId.of("mentee-late")));

        DueWorkSummary summary = program.runAt(WAVE_OPENS.plus(Duration.ofDays(2)).plusSeconds(60));

        assertThat(summary.queued().surveyInvitations()).isEqualTo(1);
        assertThat(program.recipients("survey-invitation")).containsExactly("mentee-1", "mentee-late", "mentor-1");
    }

    @Test
    @DisplayName("at most the configured reminders go out, each only to those who have not answered")
    void remindersToThoseWhoHaveNotAnswered() {
        TimerFixture program = new TimerFixture(3);
        program.runAt(WAVE_OPENS);
        answer(program, "mentor-1", 4);
        answer(program, "mentee-2", 5);

        Duration third = Duration.between(WAVE_OPENS, WAVE_CLOSES).dividedBy(3);
        program.runAt(WAVE_OPENS.plus(third).minusSeconds(1));
        assertThat(program.messages("survey-reminder")).as("nothing before the first reminder is due").isEmpty();
        DueWorkSummary first = program.runAt(WAVE_OPENS.plus(third));
        assertThat(first.queued().surveyReminders()).isEqualTo(4);
        assertThat(program.recipients("survey-reminder")).containsExactly("mentee-1", "mentee-3", "mentor-2",
                "mentor-3");

        answer(program, "mentor-3", 3);
        program.runAt(WAVE_OPENS.plus(third).plus(Duration.ofHours(1)));
        program.runAt(WAVE_OPENS.plus(third.multipliedBy(2)));
        program.runAt(WAVE_OPENS.plus(third.multipliedBy(2)).plus(Duration.ofHours(5)));
        program.runAt(WAVE_CLOSES.minusSeconds(1));

        Map<String, Long> perPerson = program.messages("survey-reminder").stream()
                .collect(Collectors.groupingBy(e -> e.message().recipient().value(), Collectors.counting()));
        assertThat(perPerson).containsExactlyInAnyOrderEntriesOf(Map.of("mentee-1", 2L, "mentee-3", 2L,
                "mentor-2", 2L, "mentor-3", 1L));
        assertThat(program.messages("survey-reminder")).allSatisfy(e -> assertThat(
                e.message().content().callToAction().url()).isEqualTo(program.messages("survey-invitation").stream()
                .filter(i -> i.message().recipient().equals(e.message().recipient())).findFirst().orElseThrow()
                .message().content().callToAction().url()));
    }

    @Test
    @DisplayName("no reminder goes to someone invited after it fell due")
    void noReminderRightAfterALateInvitation() {
        TimerFixture program = new TimerFixture(1);
        program.runAt(WAVE_OPENS);
        Duration third = Duration.between(WAVE_OPENS, WAVE_CLOSES).dividedBy(3);
        Instant late = WAVE_OPENS.plus(third).plus(Duration.ofHours(2));
        program.engine.clock.set(late);
        program.reachable("mentee-late", Locale.FRENCH);
        program.engine.acme().participants().enrol(SPRING, Role.MENTEE, List.of(PersonId.of("mentee-late")));

        program.runAt(late.plusSeconds(60));

        assertThat(program.recipients("survey-reminder")).containsExactly("mentee-1", "mentor-1");
        assertThat(program.recipients("survey-invitation")).contains("mentee-late");
    }

    @Test
    @DisplayName("answers are refused once the wave has closed, and the report then counts every respondent")
    void closesAndReports() {
        TimerFixture program = new TimerFixture(6, builder -> builder.surveySettings(SurveySettings.builder()
                .publication(PublicationPolicy.batchesOf(5).releasingRemainderAtClose()).build()));
        program.runAt(WAVE_OPENS);
        for (int i = 1; i <= 6; i++) {
            answer(program, "mentor-" + i, 4);
        }
        for (int i = 1; i <= 5; i++) {
            answer(program, "mentee-" + i, 5);
        }
        DueWorkSummary closing = program.runAt(WAVE_CLOSES);

        assertThat(closing.responsesPublished()).as("the sixth mentor's response waited for its batch until the close")
                .isEqualTo(1);
        assertThatThrownBy(() -> program.engine.acme().surveys().submit(SPRING, WAVE, program.token("mentee-6"),
                Map.of("pace.suits", new Answer.Numeric(3)))).isInstanceOf(WaveClosedException.class);
        SurveyReport report = program.engine.acme().surveys().report(SPRING, WAVE);
        assertThat(report.header().wave()).isEqualTo(WAVE);
        assertThat(report.groups().get(0).figures()).isNotNull()
                .satisfies(whole -> assertThat(whole.respondents()).isEqualTo(11));
        assertThat(program.engine.acme().surveys().waves(SPRING)).singleElement()
                .extracting(SurveyWave::status, SurveyWave::invited, SurveyWave::answered)
                .containsExactly(SurveyWaveStatus.CLOSED, 12, 11);
    }

    @Test
    @DisplayName("each respondent is asked the items of their track only")
    void formOfTheRespondentsTrack() {
        TimerFixture program = new TimerFixture(1);
        program.runAt(WAVE_OPENS);
        SurveyForm mentor = program.engine.acme().surveys().form(SPRING, WAVE, program.token("mentor-1"));
        SurveyForm mentee = program.engine.acme().surveys().form(SPRING, WAVE, program.token("mentee-1"));
        assertThat(mentor.items()).allSatisfy(item -> assertThat(item.track()).isIn(Track.EVERYONE, Track.MENTORS));
        assertThat(mentee.items()).allSatisfy(item -> assertThat(item.track()).isIn(Track.EVERYONE, Track.MENTEES));
        assertThat(mentor.closes()).isEqualTo(WAVE_CLOSES);
    }

    @Test
    @DisplayName("a report before the wave opens is refused, and an unknown wave is not found")
    void refusals() {
        TimerFixture program = new TimerFixture(1);
        assertThatThrownBy(() -> program.engine.acme().surveys().report(SPRING, WAVE))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessageContaining("cannot report: it opens at " + WAVE_OPENS);
        assertThatThrownBy(() -> program.engine.acme().surveys().report(SPRING, "nope"))
                .isInstanceOf(NotFoundException.class);
    }
}
