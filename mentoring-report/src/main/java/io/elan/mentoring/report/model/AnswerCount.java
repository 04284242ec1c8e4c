package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.validation.Checks;

/**
 * How many respondents of a group chose one point or option.
 *
 * @param value the point ({@code "4"}) or the option code
 * @param label its label, in the report's language
 * @param count how many chose it
 */
public record AnswerCount(String value, String label, long count) {
    /**
     * Validates every field.
     *
     * @param value the point ({@code "4"}) or the option code
     * @param label its label, in the report's language
     * @param count how many chose it
     */
    public AnswerCount {
        Checks.present(value, "value");
        Checks.present(label, "label");
        Shares.count(count, "count");
    }
}
