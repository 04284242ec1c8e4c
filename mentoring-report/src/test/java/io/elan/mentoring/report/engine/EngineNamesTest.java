package io.elan.mentoring.report.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.communication.broadcast.Broadcasts;
import io.elan.mentoring.core.communication.monthly.MonthlyMessages;
import io.elan.mentoring.core.communication.replay.UsefulReplays;
import io.elan.mentoring.core.engagement.Engagement;
import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.ReasonCode;
import io.elan.mentoring.core.engagement.ReasonTexts;
import io.elan.mentoring.core.followup.FollowUpCalls;
import io.elan.mentoring.core.hotline.Hotline;
import io.elan.mentoring.core.survey.Surveys;
import io.elan.mentoring.report.internal.Labels;
import io.elan.mentoring.report.internal.Words;
import io.elan.mentoring.report.model.EngagementLevel;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The report names what the engine writes by its codes: a code the engine adds must get a name here too. */
@DisplayName("the report has a name for every code the engine writes")
class EngineNamesTest {
    private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    @Test
    @DisplayName("every finding’s reason, in French and English")
    void reasons() {
        for (Locale locale : LANGUAGES) {
            Labels labels = new Labels(new Words(locale));
            for (ReasonCode code : ReasonCode.values()) {
                assertThat(labels.finding(code.name())).as(code + " in " + locale).isNotEqualTo(code.name());
            }
        }
    }

    @Test
    @DisplayName("every kind of message the engine sends, with the report’s constants equal to the engine’s")
    void messageKinds() {
        assertThat(List.of(Labels.HOTLINE_ANSWER, Labels.HOTLINE_ALERT, Labels.FOLLOW_UP_CONCERN, Labels.REPLAY,
                Labels.SURVEY_INVITATION, Labels.SURVEY_REMINDER))
                .containsExactly(Hotline.ANSWER_KIND, Hotline.ALERT_KIND, FollowUpCalls.CONCERN_KIND,
                        UsefulReplays.KIND, Surveys.INVITATION_KIND, Surveys.REMINDER_KIND);
        for (Locale locale : LANGUAGES) {
            Labels labels = new Labels(new Words(locale));
            for (String kind : List.of(Engagement.NUDGE_KIND, UsefulReplays.KIND, MonthlyMessages.KIND,
                    Broadcasts.CATCH_UP_KIND, Hotline.ANSWER_KIND, Hotline.ALERT_KIND, FollowUpCalls.CONCERN_KIND,
                    Surveys.INVITATION_KIND, Surveys.REMINDER_KIND)) {
                assertThat(labels.messageKind(kind)).as(kind + " in " + locale).isNotEqualTo(kind);
            }
        }
    }

    @Test
    @DisplayName("every engagement status, under the engine’s own label")
    void levels() {
        ReasonTexts texts = new ReasonTexts();
        for (Locale locale : LANGUAGES) {
            Labels labels = new Labels(new Words(locale));
            for (EngagementStatus status : EngagementStatus.values()) {
                assertThat(labels.level(EngagementLevel.valueOf(status.name()))).as(status + " in " + locale)
                        .isEqualTo(new Words(locale).typeset(texts.label(status, locale)));
            }
        }
    }
}
