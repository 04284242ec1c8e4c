package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.spi.program.PairId;
import org.jspecify.annotations.Nullable;

/**
 * One reason for concern, with the numbers behind it. What each figure means depends on the {@link ReasonCode}.
 * {@link ReasonTexts} turns a finding into a sentence a program manager can read. Immutable and thread-safe.
 *
 * @param code why
 * @param severity the status this finding leads to
 * @param pair the pair concerned, if any
 * @param person the person concerned, if any; neither is present for a program-wide finding
 * @param week the last program week the evaluation looked at
 * @param observed what was measured in the window
 * @param reference what it is compared with: the pair's or person's own baseline, or a threshold
 * @param norm the program's norm for the same measure, or 0 where the code has none
 * @param weeks how many weeks the finding covers
 */
public record Finding(ReasonCode code, EngagementStatus severity, @Nullable PairId pair, @Nullable PersonId person,
        int week, double observed, double reference, double norm, int weeks) {

    /**
     * Validates the code and that the figures are finite.
     *
     * @param code why
     * @param severity the status this finding leads to
     * @param pair the pair concerned, if any
     * @param person the person concerned, if any; neither is present for a program-wide finding
     * @param week the last program week the evaluation looked at
     * @param observed what was measured in the window
     * @param reference what it is compared with: the pair's or person's own baseline, or a threshold
     * @param norm the program's norm for the same measure, or 0 where the code has none
     * @param weeks how many weeks the finding covers
     */
    public Finding {
        Checks.present(code, "code");
        Checks.present(severity, "severity");
        Checks.notNegative(week, "week");
        Checks.notNegative(weeks, "weeks");
        if (!Double.isFinite(observed) || !Double.isFinite(reference) || !Double.isFinite(norm)) {
            throw new InvalidValueException("observed", "figures must be finite numbers");
        }
    }

    /**
     * @return the ratio of {@code observed} to {@code reference}, or 0 when the reference is 0
     */
    public double ratio() {
        return reference == 0 ? 0 : observed / reference;
    }

    /**
     * @return a short stable identity of what this finding is about, used to derive idempotency keys:
     *     the code and the pair, person or program it concerns
     */
    public String subject() {
        if (pair != null) {
            return code + "/pair/" + pair.value() + (person != null ? "/person/" + person.value() : "");
        }
        return code + (person != null ? "/person/" + person.value() : "/program");
    }

    /**
     * @return a builder with no field set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this Finding's values, to change some of them
     */
    public Builder toBuilder() {
        return new Builder().code(code).severity(severity).pair(pair).person(person).week(week).observed(observed)
                .reference(reference).norm(norm).weeks(weeks);
    }

    /** Builds a {@link Finding}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder {
        private @Nullable ReasonCode code;
        private @Nullable EngagementStatus severity;
        private @Nullable PairId pair;
        private @Nullable PersonId person;
        private int week;
        private double observed;
        private double reference;
        private double norm;
        private int weeks;

        private Builder() {}

        /**
         * @param value why
         * @return this builder
         */
        public Builder code(ReasonCode value) { code = value; return this; }

        /**
         * @param value the status this finding leads to
         * @return this builder
         */
        public Builder severity(EngagementStatus value) { severity = value; return this; }

        /**
         * @param value the pair concerned, if any
         * @return this builder
         */
        public Builder pair(@Nullable PairId value) { pair = value; return this; }

        /**
         * @param value the person concerned, if any; neither is present for a program-wide finding
         * @return this builder
         */
        public Builder person(@Nullable PersonId value) { person = value; return this; }

        /**
         * @param value the last program week the evaluation looked at
         * @return this builder
         */
        public Builder week(int value) { week = value; return this; }

        /**
         * @param value what was measured in the window
         * @return this builder
         */
        public Builder observed(double value) { observed = value; return this; }

        /**
         * @param value what it is compared with: the pair's or person's own baseline, or a threshold
         * @return this builder
         */
        public Builder reference(double value) { reference = value; return this; }

        /**
         * @param value the program's norm for the same measure, or 0 where the code has none
         * @return this builder
         */
        public Builder norm(double value) { norm = value; return this; }

        /**
         * @param value how many weeks the finding covers
         * @return this builder
         */
        public Builder weeks(int value) { weeks = value; return this; }

        /**
         * @return the Finding
         * @throws io.elan.mentoring.spi.InvalidValueException naming every field that is missing or breaks a rule
         */
        public Finding build() {
            return new Finding(code, severity, pair, person, week, observed, reference, norm, weeks);
        }
    }
}
