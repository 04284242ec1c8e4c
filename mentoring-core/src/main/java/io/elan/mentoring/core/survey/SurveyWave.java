package io.elan.mentoring.core.survey;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One wave of a program's anonymous questionnaire as the engine runs it, with how many people it invited and how
 * many answered. The counts are of people, never of answers: who answered what is not kept anywhere.
 *
 * @param id the wave's id, stable across re-planning, such as {@code mid-point-questionnaire}
 * @param questionnaire the questionnaire's id
 * @param kind why it is sent
 * @param opens when answers are first accepted
 * @param closes when answers stop being accepted
 * @param status where it stands now
 * @param invited how many people hold an invitation
 * @param answered how many of them answered
 */
public record SurveyWave(String id, String questionnaire, WaveKind kind, Instant opens, Instant closes,
        SurveyWaveStatus status, int invited, int answered) {

    /**
     * Checks every field.
     *
     * @param id the wave's id, stable across re-planning, such as {@code mid-point-questionnaire}
     * @param questionnaire the questionnaire's id
     * @param kind why it is sent
     * @param opens when answers are first accepted
     * @param closes when answers stop being accepted
     * @param status where it stands now
     * @param invited how many people hold an invitation
     * @param answered how many of them answered
     */
    public SurveyWave {
        List<Violation> violations = new ArrayList<>();
        if (id == null || questionnaire == null || kind == null || opens == null || closes == null || status == null) {
            violations.add(Violation.of("surveyWave", "must have every field set"));
        } else if (!closes.isAfter(opens)) {
            violations.add(Violation.of("closes", "must be after opens (" + opens + ")", closes));
        }
        if (invited < 0 || answered < 0 || answered > invited) {
            violations.add(Violation.of("answered", "must be between 0 and invited (" + invited + ")", answered));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    /** @return the share of invited people who answered, 0 when nobody is invited */
    public double responseRate() {
        return invited == 0 ? 0 : (double) answered / invited;
    }
}
