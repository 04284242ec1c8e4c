package io.elan.mentoring.core.calendar;

import io.elan.mentoring.scheduling.QuestionnaireTiming;
import io.elan.mentoring.scheduling.preset.TenMonthPreset;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.validation.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One wave of an anonymous questionnaire in a program's definition: which questionnaire, and when it is open,
 * relative to each occurrence of the ritual it prepares (the mid-point questionnaire opens 14 days before the mid-point
 * workshop and closes 2 days before it). When the ritual's occurrence moves, the wave moves with it.
 *
 * @param questionnaire the questionnaire's id, such as {@code mid-point} for the survey module's standard mid-point
 *     questionnaire: 1 to 64 letters, digits, dots, dashes or underscores
 * @param ritual the id of the cadence's ritual whose occurrences it prepares
 * @param opensDaysBefore days before each occurrence the questionnaire opens, positive
 * @param closesDaysBefore days before each occurrence it closes, zero or more and fewer than {@code opensDaysBefore}
 */
public record QuestionnaireWave(String questionnaire, String ritual, int opensDaysBefore, int closesDaysBefore) {
    private static final Pattern QUESTIONNAIRE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern RITUAL = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

    /**
     * Checks every field and reports every broken rule at once.
     *
     * @param questionnaire the questionnaire's id, such as {@code mid-point} for the survey module's standard mid-point
     *         questionnaire: 1 to 64 letters, digits, dots, dashes or underscores
     * @param ritual the id of the cadence's ritual whose occurrences it prepares
     * @param opensDaysBefore days before each occurrence the questionnaire opens, positive
     * @param closesDaysBefore days before each occurrence it closes, zero or more and fewer than
     *     {@code opensDaysBefore}
     * @throws InvalidValueException naming each field and its rule
     */
    public QuestionnaireWave {
        List<Violation> violations = new ArrayList<>();
        if (questionnaire == null || !QUESTIONNAIRE.matcher(questionnaire).matches()) {
            violations.add(Violation.of("questionnaire",
                    "must be 1 to 64 letters, digits, dots, dashes or underscores", quoted(questionnaire)));
        }
        if (ritual == null || !RITUAL.matcher(ritual).matches()) {
            violations.add(Violation.of("ritual", "must be a ritual id: 1 to 48 lower-case letters, digits or "
                    + "dashes, starting with a letter or digit", quoted(ritual)));
        }
        try {
            new QuestionnaireTiming(opensDaysBefore, closesDaysBefore);
        } catch (InvalidValueException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    private static @Nullable String quoted(@Nullable String value) {
        return value == null ? null : Checks.quote(value);
    }

    /**
     * @return the practice's mid-point wave: the {@code mid-point} questionnaire, open from 14 days to 2 days before
     *     the preset's mid-point workshop
     */
    public static QuestionnaireWave midPoint() {
        return new QuestionnaireWave("mid-point", TenMonthPreset.MID_POINT, 14, 2);
    }

    /** @return when it opens and closes, as the scheduling module reads it */
    public QuestionnaireTiming timing() {
        return new QuestionnaireTiming(opensDaysBefore, closesDaysBefore);
    }
}
