package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.messaging.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How disengagement is detected and how nudges are sent. Every field has a sensible default
 * ({@link #defaults()}); {@link Builder#build()} lists every broken rule at once. Immutable and thread-safe.
 *
 * @param windowWeeks the trailing window, in active (not quiet) weeks: 6 to 8, default 6
 * @param baselineWeeks the pair's first active weeks, from its first meeting, that make its baseline: 2 to 12,
 *     default 4
 * @param neverStartedWeeks active weeks after a pair is formed without a first meeting before it is reported as never
 *     started: 1 to 12, default 4
 * @param rarerExchangesRatio exchanges in the window at or below this share of the baseline are reported (as at risk
 *     at or below half this share): above 0, below 1, default 0.5
 * @param fallingParticipationRatio an attendance rate at or below this share of the earlier rate is reported: above 0,
 *     below 1, default 0.5
 * @param momentumDropRatio program participation in the second half of the window at or below this share of its first
 *     half is reported: above 0, below 1, default 0.7
 * @param minTouchpoints the touchpoints a person must have been invited to, in the window and before it, for their
 *     attendance rates to be compared: 1 to 20, default 2
 * @param quietWeekMinDays working days (Monday to Friday) of a week that must be holidays or blackouts for the week to
 *     be quiet: 1 to 5, default 3
 * @param weights the weight of each kind of activity
 * @param futureTolerance how far after the clock an event may be dated before it is rejected as in the future: 0 to 1
 *     day, default 5 minutes
 * @param nudgeFrom the least severe status that earns a nudge: WATCH to DISENGAGED, default AT_RISK
 * @param nudgeCooldown the least time between two nudges to one person: 1 to 90 days, default 14 days
 * @param escalationDelay how long after a pair was nudged a persisting problem is escalated to the program manager: 1
 *     to 90 days, default 14 days
 * @param escalationCooldown the least time between two escalations about one pair: 1 to 180 days, default 28 days
 * @param programManager who receives escalations; none means no escalation
 * @param managerChannel the channel escalations go on, default e-mail
 */
public record EngagementSettings(@Min(6) @Max(8) int windowWeeks, @Min(2) @Max(12) int baselineWeeks,
        @Min(1) @Max(12) int neverStartedWeeks,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        double rarerExchangesRatio,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        double fallingParticipationRatio,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        double momentumDropRatio,
        @Min(1) @Max(20) int minTouchpoints, @Min(1) @Max(5) int quietWeekMinDays,
        @NotNull @Valid SignalWeights weights, @NotNull Duration futureTolerance, @NotNull EngagementStatus nudgeFrom,
        @NotNull Duration nudgeCooldown, @NotNull Duration escalationDelay, @NotNull Duration escalationCooldown,
        @Nullable @Valid PersonId programManager, @NotNull @Valid Channel managerChannel) {

    /**
     * Validates every field and reports every broken rule at once.
     *
     * @param windowWeeks the trailing window, in active (not quiet) weeks: 6 to 8, default 6
     * @param baselineWeeks the pair's first active weeks, from its first meeting, that make its baseline: 2 to 12,
     *         default 4
     * @param neverStartedWeeks active weeks after a pair is formed without a first meeting before it is reported as
     *         never started: 1 to 12, default 4
     * @param rarerExchangesRatio exchanges in the window at or below this share of the baseline are reported (as at
     *         risk at or below half this share): above 0, below 1, default 0.5
     * @param fallingParticipationRatio an attendance rate at or below this share of the earlier rate is reported: above
     *         0, below 1, default 0.5
     * @param momentumDropRatio program participation in the second half of the window at or below this share of its
     *         first half is reported: above 0, below 1, default 0.7
     * @param minTouchpoints the touchpoints a person must have been invited to, in the window and before it, for their
     *         attendance rates to be compared: 1 to 20, default 2
     * @param quietWeekMinDays working days (Monday to Friday) of a week that must be holidays or blackouts for the week
     *         to be quiet: 1 to 5, default 3
     * @param weights the weight of each kind of activity
     * @param futureTolerance how far after the clock an event may be dated before it is rejected as in the future: 0 to
     *         1 day, default 5 minutes
     * @param nudgeFrom the least severe status that earns a nudge: WATCH to DISENGAGED, default AT_RISK
     * @param nudgeCooldown the least time between two nudges to one person: 1 to 90 days, default 14 days
     * @param escalationDelay how long after a pair was nudged a persisting problem is escalated to the program manager:
     *         1 to 90 days, default 14 days
     * @param escalationCooldown the least time between two escalations about one pair: 1 to 180 days, default 28 days
     * @param programManager who receives escalations; none means no escalation
     * @param managerChannel the channel escalations go on, default e-mail
     */
    public EngagementSettings {
        List<Violation> v = new ArrayList<>();
        range(v, "windowWeeks", windowWeeks, 6, 8);
        range(v, "baselineWeeks", baselineWeeks, 2, 12);
        range(v, "neverStartedWeeks", neverStartedWeeks, 1, 12);
        ratio(v, "rarerExchangesRatio", rarerExchangesRatio);
        ratio(v, "fallingParticipationRatio", fallingParticipationRatio);
        ratio(v, "momentumDropRatio", momentumDropRatio);
        range(v, "minTouchpoints", minTouchpoints, 1, 20);
        range(v, "quietWeekMinDays", quietWeekMinDays, 1, 5);
        if (weights == null) {
            v.add(Violation.of("weights", "is required"));
        }
        duration(v, "futureTolerance", futureTolerance, Duration.ZERO, Duration.ofDays(1));
        if (nudgeFrom == null) {
            v.add(Violation.of("nudgeFrom", "is required"));
        } else if (nudgeFrom == EngagementStatus.ENGAGED) {
            v.add(Violation.of("nudgeFrom", "must be WATCH, AT_RISK or DISENGAGED", nudgeFrom));
        }
        duration(v, "nudgeCooldown", nudgeCooldown, Duration.ofDays(1), Duration.ofDays(90));
        duration(v, "escalationDelay", escalationDelay, Duration.ofDays(1), Duration.ofDays(90));
        duration(v, "escalationCooldown", escalationCooldown, Duration.ofDays(1), Duration.ofDays(180));
        if (managerChannel == null) {
            v.add(Violation.of("managerChannel", "is required"));
        }
        if (!v.isEmpty()) {
            throw new InvalidValueException(v);
        }
    }

    /** @return the default settings, without a program manager */
    public static EngagementSettings defaults() {
        return builder().build();
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.windowWeeks = windowWeeks;
        b.baselineWeeks = baselineWeeks;
        b.neverStartedWeeks = neverStartedWeeks;
        b.rarerExchangesRatio = rarerExchangesRatio;
        b.fallingParticipationRatio = fallingParticipationRatio;
        b.momentumDropRatio = momentumDropRatio;
        b.minTouchpoints = minTouchpoints;
        b.quietWeekMinDays = quietWeekMinDays;
        b.weights = weights;
        b.futureTolerance = futureTolerance;
        b.nudgeFrom = nudgeFrom;
        b.nudgeCooldown = nudgeCooldown;
        b.escalationDelay = escalationDelay;
        b.escalationCooldown = escalationCooldown;
        b.programManager = programManager;
        b.managerChannel = managerChannel;
        return b;
    }

    private static void range(List<Violation> v, String field, int value, int min, int max) {
        if (value < min || value > max) {
            v.add(Violation.of(field, "must be between " + min + " and " + max, value));
        }
    }

    private static void ratio(List<Violation> v, String field, double value) {
        if (!(value > 0 && value < 1)) {
            v.add(Violation.of(field, "must be above 0 and below 1", value));
        }
    }

    private static void duration(List<Violation> v, String field, @Nullable Duration value, Duration min,
            Duration max) {
        if (value == null) {
            v.add(Violation.of(field, "is required"));
        } else if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            v.add(Violation.of(field, "must be between " + min + " and " + max, value));
        }
    }

    /** Builds {@link EngagementSettings}, starting from the defaults. Not thread-safe. */
    public static final class Builder {
        private int windowWeeks = 6;
        private int baselineWeeks = 4;
        private int neverStartedWeeks = 4;
        private double rarerExchangesRatio = 0.5;
        private double fallingParticipationRatio = 0.5;
        private double momentumDropRatio = 0.7;
        private int minTouchpoints = 2;
        private int quietWeekMinDays = 3;
        private SignalWeights weights = SignalWeights.defaults();
        private Duration futureTolerance = Duration.ofMinutes(5);
        private EngagementStatus nudgeFrom = EngagementStatus.AT_RISK;
        private Duration nudgeCooldown = Duration.ofDays(14);
        private Duration escalationDelay = Duration.ofDays(14);
        private Duration escalationCooldown = Duration.ofDays(28);
        private @Nullable PersonId programManager;
        private Channel managerChannel = Channel.EMAIL;

        private Builder() {}

        /**
         * @param value the trailing window, 6 to 8 active weeks
         * @return this builder
         */
        public Builder windowWeeks(int value) { this.windowWeeks = value; return this; }

        /**
         * @param value the pair's baseline, in active weeks from its first meeting
         * @return this builder
         */
        public Builder baselineWeeks(int value) { this.baselineWeeks = value; return this; }

        /**
         * @param value weeks allowed for a first meeting
         * @return this builder
         */
        public Builder neverStartedWeeks(int value) { this.neverStartedWeeks = value; return this; }

        /**
         * @param value the share of the baseline at or below which exchanges are reported as rarer
         * @return this builder
         */
        public Builder rarerExchangesRatio(double value) { this.rarerExchangesRatio = value; return this; }

        /**
         * @param value the share of the earlier attendance rate at or below which participation is reported as falling
         * @return this builder
         */
        public Builder fallingParticipationRatio(double value) { this.fallingParticipationRatio = value; return this; }

        /**
         * @param value the share of earlier program participation at or below which momentum is reported as dropping
         * @return this builder
         */
        public Builder momentumDropRatio(double value) { this.momentumDropRatio = value; return this; }

        /**
         * @param value touchpoints needed before attendance rates are compared
         * @return this builder
         */
        public Builder minTouchpoints(int value) { this.minTouchpoints = value; return this; }

        /**
         * @param value excluded working days that make a week quiet
         * @return this builder
         */
        public Builder quietWeekMinDays(int value) { this.quietWeekMinDays = value; return this; }

        /**
         * @param value the weight of each kind of activity
         * @return this builder
         */
        public Builder weights(SignalWeights value) { this.weights = value; return this; }

        /**
         * @param value how far ahead of the clock an event may be dated
         * @return this builder
         */
        public Builder futureTolerance(Duration value) { this.futureTolerance = value; return this; }

        /**
         * @param value the least severe status that earns a nudge
         * @return this builder
         */
        public Builder nudgeFrom(EngagementStatus value) { this.nudgeFrom = value; return this; }

        /**
         * @param value the least time between two nudges to one person
         * @return this builder
         */
        public Builder nudgeCooldown(Duration value) { this.nudgeCooldown = value; return this; }

        /**
         * @param value how long after a nudge a persisting problem goes to the program manager
         * @return this builder
         */
        public Builder escalationDelay(Duration value) { this.escalationDelay = value; return this; }

        /**
         * @param value the least time between two escalations about one pair
         * @return this builder
         */
        public Builder escalationCooldown(Duration value) { this.escalationCooldown = value; return this; }

        /**
         * @param value who receives escalations, or null for none
         * @return this builder
         */
        public Builder programManager(@Nullable PersonId value) { this.programManager = value; return this; }

        /**
         * @param value the channel of escalations
         * @return this builder
         */
        public Builder managerChannel(Channel value) { this.managerChannel = value; return this; }

        /**
         * @return the settings
         * @throws InvalidValueException listing every broken rule
         */
        public EngagementSettings build() {
            return new EngagementSettings(windowWeeks, baselineWeeks, neverStartedWeeks, rarerExchangesRatio,
                    fallingParticipationRatio, momentumDropRatio, minTouchpoints, quietWeekMinDays, weights,
                    futureTolerance, nudgeFrom, nudgeCooldown, escalationDelay, escalationCooldown, programManager,
                    managerChannel);
        }
    }
}
