package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One questionnaire wave's results as the anonymity guard released them: no figure in it covers fewer respondents
 * than {@link #threshold()}, and every withheld figure says why. Build it with {@link #builder()}.
 *
 * @param title the questionnaire's title, in the report's language
 * @param threshold the fewest respondents behind any figure
 * @param participation how many were invited and how many answered, or {@code null} when fewer answered than the
 *     threshold
 * @param items every item with its figures per group
 * @param scales each scale's reliability and level per group
 * @param comparisons mentors compared with mentees, item by item
 * @param themes the workshop themes the guard suggested, most pressing first, whatever item they come from
 * @param standing where the pairs stand, one sentence per line, as the guard worded it
 */
public record SurveyRecord(String title, int threshold, @Nullable Participation participation, List<SurveyItem> items,
        List<ScaleReading> scales, List<RoleComparison> comparisons, List<WorkshopTheme> themes,
        List<String> standing) {

    /**
     * Validates every field and copies the lists.
     *
     * @param title the questionnaire's title, in the report's language
     * @param threshold the fewest respondents behind any figure
     * @param participation how many were invited and how many answered, or {@code null} when fewer answered than the
     *         threshold
     * @param items every item with its figures per group
     * @param scales each scale's reliability and level per group
     * @param comparisons mentors compared with mentees, item by item
     * @param themes the workshop themes the guard suggested, most pressing first, whatever item they come from
     * @param standing where the pairs stand, one sentence per line, as the guard worded it
     */
    public SurveyRecord {
        List<Violation> violations = new ArrayList<>();
        if (title == null || title.isBlank()) {
            violations.add(Violation.of("title", "is required"));
        }
        if (threshold < 1) {
            violations.add(Violation.of("threshold", "must be at least 1", threshold));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        items = List.copyOf(items);
        scales = List.copyOf(scales);
        comparisons = List.copyOf(comparisons);
        themes = List.copyOf(themes);
        standing = List.copyOf(standing);
    }

    /**
     * How many took part.
     *
     * @param invited how many were invited
     * @param respondents how many answered
     */
    public record Participation(int invited, int respondents) {
        /**
         * Validates the counts.
         *
         * @param invited how many were invited
         * @param respondents how many answered
         */
        public Participation {
            if (respondents < 0 || respondents > invited) {
                throw new InvalidValueException("participation.respondents",
                        "must be between 0 and the invited (" + invited + ")", respondents);
            }
        }

        /** @return the share of those invited who answered, 0 when nobody was invited */
        public double rate() {
            return invited == 0 ? 0 : (double) respondents / invited;
        }
    }

    /** @return a builder with empty lists; the title and the threshold are required */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SurveyRecord}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder {
        private @Nullable String title;
        private int threshold;
        private @Nullable Participation participation;
        private final List<SurveyItem> items = new ArrayList<>();
        private final List<ScaleReading> scales = new ArrayList<>();
        private final List<RoleComparison> comparisons = new ArrayList<>();
        private final List<WorkshopTheme> themes = new ArrayList<>();
        private final List<String> standing = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the questionnaire's title
         * @return this builder
         */
        public Builder title(String value) { title = value; return this; }

        /**
         * @param value the fewest respondents behind any figure
         * @return this builder
         */
        public Builder threshold(int value) { threshold = value; return this; }

        /**
         * @param invitedCount how many were invited
         * @param respondentCount how many answered
         * @return this builder
         */
        public Builder participation(int invitedCount, int respondentCount) {
            participation = new Participation(invitedCount, respondentCount);
            return this;
        }

        /**
         * @param value an item
         * @return this builder
         */
        public Builder item(SurveyItem value) { items.add(Objects.requireNonNull(value, "item")); return this; }

        /**
         * @param value a scale reading
         * @return this builder
         */
        public Builder scale(ScaleReading value) { scales.add(Objects.requireNonNull(value, "scale")); return this; }

        /**
         * @param value a comparison
         * @return this builder
         */
        public Builder comparison(RoleComparison value) {
            comparisons.add(Objects.requireNonNull(value, "comparison"));
            return this;
        }

        /**
         * @param value a suggested theme, in rank order
         * @return this builder
         */
        public Builder theme(WorkshopTheme value) { themes.add(Objects.requireNonNull(value, "theme")); return this; }

        /**
         * @param value a sentence on where the pairs stand
         * @return this builder
         */
        public Builder standing(String value) { standing.add(Objects.requireNonNull(value, "standing")); return this; }

        /**
         * @return the record
         * @throws InvalidValueException naming every field that breaks a rule
         */
        public SurveyRecord build() {
            return new SurveyRecord(title, threshold, participation, items, scales, comparisons, themes,
                    standing);
        }
    }
}
