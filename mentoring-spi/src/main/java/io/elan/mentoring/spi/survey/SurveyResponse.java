package io.elan.mentoring.spi.survey;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * One anonymous response to one questionnaire wave. It carries no person identifier and no time: only coarse
 * segments (such as the role) and the answers.
 *
 * @param program the program
 * @param wave the questionnaire wave, such as {@code "mid-point"}, 1 to 64 characters
 * @param token the single-use token it was submitted under
 * @param segments coarse segments such as {@code role=MENTOR} or {@code cohort=2026}: at most 8
 * @param answers answers by item id: at least one (partial responses are allowed), at most 500
 */
public record SurveyResponse(@NotNull @Valid ProgramId program, @NotBlank @Size(max = 64) String wave,
        @NotNull @Valid ResponseToken token, @NotNull @Size(max = 8) Map<String, String> segments,
        @NotNull @Size(min = 1, max = 500) Map<String, Answer> answers) {

    /**
     * Validates every field; the message names the field and the rule.
     *
     * @param program the program
     * @param wave the questionnaire wave, such as {@code "mid-point"}, 1 to 64 characters
     * @param token the single-use token it was submitted under
     * @param segments coarse segments such as {@code role=MENTOR} or {@code cohort=2026}: at most 8
     * @param answers answers by item id: at least one (partial responses are allowed), at most 500
     */
    public SurveyResponse {
        Checks.present(program, "program");
        Checks.id(wave, "wave", 64);
        Checks.present(token, "token");
        segments = Checks.map(segments, "segments", 8);
        for (Map.Entry<String, String> e : segments.entrySet()) {
            Checks.text(e.getValue(), "segments[" + e.getKey() + "]", 64);
        }
        answers = Checks.map(answers, "answers", 500);
        if (answers.isEmpty()) {
            throw new InvalidValueException("answers", "must hold at least one answer");
        }
    }
}
