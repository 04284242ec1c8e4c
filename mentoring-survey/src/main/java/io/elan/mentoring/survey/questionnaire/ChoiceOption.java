package io.elan.mentoring.survey.questionnaire;

import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.spi.validation.Checks;

/**
 * One option of a choice item.
 *
 * @param code the code stored in answers, 1 to 64 letters, digits, dots, dashes or underscores
 * @param label the label shown to respondents and in reports
 */
public record ChoiceOption(String code, LocalizedText label) {
    /**
     * Validates the code and the label.
     *
     * @param code the code stored in answers, 1 to 64 letters, digits, dots, dashes or underscores
     * @param label the label shown to respondents and in reports
     */
    public ChoiceOption {
        Checks.Collector require = Checks.collector();
        require.key(code, "code", 64);
        require.present(label, "label");
        require.orThrow();
    }

    /**
     * @param code the code
     * @param french the French label
     * @param english the English label
     * @return the option
     */
    public static ChoiceOption of(String code, String french, String english) {
        return new ChoiceOption(code, LocalizedText.of(french, english));
    }
}
