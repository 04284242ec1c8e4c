package io.elan.mentoring.spi.survey;

import io.elan.mentoring.spi.validation.Checks;
import java.util.Set;

/**
 * One answer to one questionnaire item. The survey module decides which kind fits which item.
 */
public sealed interface Answer permits Answer.Numeric, Answer.Choices, Answer.Text {

    /**
     * A number: a Likert point, a 0–10 score, 1 or 0 for yes or no.
     *
     * @param value the number
     */
    record Numeric(int value) implements Answer {}

    /**
     * One or more option codes of a single- or multiple-choice item.
     *
     * @param options 1 to 50 option codes of 1 to 64 characters
     */
    record Choices(Set<String> options) implements Answer {
        /**
         * Validates the option codes.
         *
         * @param options 1 to 50 option codes of 1 to 64 characters
         */
        public Choices {
            options = Checks.set(options, "options", 50);
            if (options.isEmpty()) {
                throw new io.elan.mentoring.spi.InvalidValueException("options", "must hold at least one option");
            }
            for (String option : options) {
                Checks.id(option, "options[]", 64);
            }
        }
    }

    /**
     * A free-text answer.
     *
     * @param text 1 to 4,000 characters
     */
    record Text(String text) implements Answer {
        /**
         * Validates the text.
         *
         * @param text 1 to 4,000 characters
         */
        public Text {
            Checks.text(text, "text", 4000);
        }
    }
}
