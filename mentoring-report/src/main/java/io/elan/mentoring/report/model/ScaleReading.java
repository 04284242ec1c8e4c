package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A scale (several items measuring one thing) in one group: its reliability and its level.
 *
 * @param scale the scale id
 * @param name its name, in the report's language
 * @param group the group's name, in the report's language
 * @param figures the figures, or {@code null} when withheld
 * @param withheld why they are withheld, in the report's language, or {@code null} when shown
 */
public record ScaleReading(String scale, String name, String group, @Nullable Figures figures,
        @Nullable String withheld) {

    /**
     * @param respondents respondents who answered every item of the scale
     * @param cronbachAlpha Cronbach's alpha, or {@code null} when the total score does not vary
     * @param mean the mean of the respondents' average item score
     */
    public record Figures(int respondents, @Nullable Double cronbachAlpha, double mean) {
        /**
         * Validates the count.
         *
         * @param respondents respondents who answered every item of the scale
         * @param cronbachAlpha Cronbach's alpha, or {@code null} when the total score does not vary
         * @param mean the mean of the respondents' average item score
         */
        public Figures {
            Checks.notNegative(respondents, "figures.respondents");
        }
    }

    /**
     * Validates that the reading is either shown or withheld.
     *
     * @param scale the scale id
     * @param name its name, in the report's language
     * @param group the group's name, in the report's language
     * @param figures the figures, or {@code null} when withheld
     * @param withheld why they are withheld, in the report's language, or {@code null} when shown
     */
    public ScaleReading {
        Checks.present(scale, "scale");
        Checks.present(name, "name");
        Checks.present(group, "group");
        if ((figures == null) == (withheld == null)) {
            throw new InvalidValueException("withheld", "must be given exactly when the figures are not", withheld);
        }
    }
}
