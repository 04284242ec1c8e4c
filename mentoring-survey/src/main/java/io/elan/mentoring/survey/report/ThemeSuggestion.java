package io.elan.mentoring.survey.report;

import io.elan.mentoring.spi.text.LocalizedText;

/**
 * A theme suggested for the workshop: an item many answered unfavourably, or a topic many asked for.
 *
 * @param rank 1 for the most pressing
 * @param source the item id, or {@code item:option} for a requested topic
 * @param theme the item's question or the option's label
 * @param share the share of respondents behind the suggestion
 * @param why the reason in words
 */
public record ThemeSuggestion(int rank, String source, LocalizedText theme, double share, LocalizedText why) {}
