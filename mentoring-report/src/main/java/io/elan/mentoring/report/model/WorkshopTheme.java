package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.validation.Checks;

/**
 * A theme the survey suggests for the workshop.
 *
 * @param source the item id, or {@code item:option} for a requested topic
 * @param sourceType the type of the item it comes from
 * @param theme the statement or the topic, in the report's language
 * @param share the share of respondents behind it, 0 to 1
 * @param why why, in the report's language
 */
public record WorkshopTheme(String source, ItemType sourceType, String theme, double share, String why) {
    /**
     * Validates every field.
     *
     * @param source the item id, or {@code item:option} for a requested topic
     * @param sourceType the type of the item it comes from
     * @param theme the statement or the topic, in the report's language
     * @param share the share of respondents behind it, 0 to 1
     * @param why why, in the report's language
     */
    public WorkshopTheme {
        Checks.present(source, "source");
        Checks.present(sourceType, "sourceType");
        Checks.present(theme, "theme");
        Shares.check(share, "share");
        Checks.present(why, "why");
    }
}
