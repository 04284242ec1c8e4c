package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.activity.ActivityKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;

/**
 * How much each kind of activity counts in exchange scores and in the momentum index. A weight of 0 ignores the kind.
 * Immutable and thread-safe.
 *
 * @param pairMeeting a pair meeting, the strongest sign of a living pair
 * @param pairMessage a message between mentor and mentee
 * @param touchpointAttended attendance of a collective touchpoint
 * @param hotlineRequest a question raised on the hotline
 * @param surveyAnswered a questionnaire answered
 * @param checkpointCall a follow-up call that took place
 */
public record SignalWeights(@PositiveOrZero @DecimalMax("100") double pairMeeting,
        @PositiveOrZero @DecimalMax("100") double pairMessage,
        @PositiveOrZero @DecimalMax("100") double touchpointAttended,
        @PositiveOrZero @DecimalMax("100") double hotlineRequest,
        @PositiveOrZero @DecimalMax("100") double surveyAnswered,
        @PositiveOrZero @DecimalMax("100") double checkpointCall) {

    /** Largest weight accepted. */
    public static final double MAX_WEIGHT = 100;

    /**
     * Validates every weight: finite, between 0 and {@value #MAX_WEIGHT}; a meeting must weigh more than 0.
     *
     * @param pairMeeting a pair meeting, the strongest sign of a living pair
     * @param pairMessage a message between mentor and mentee
     * @param touchpointAttended attendance of a collective touchpoint
     * @param hotlineRequest a question raised on the hotline
     * @param surveyAnswered a questionnaire answered
     * @param checkpointCall a follow-up call that took place
     */
    public SignalWeights {
        List<Violation> violations = new ArrayList<>();
        check(violations, "pairMeeting", pairMeeting);
        check(violations, "pairMessage", pairMessage);
        check(violations, "touchpointAttended", touchpointAttended);
        check(violations, "hotlineRequest", hotlineRequest);
        check(violations, "surveyAnswered", surveyAnswered);
        check(violations, "checkpointCall", checkpointCall);
        if (pairMeeting == 0) {
            violations.add(Violation.of("weights.pairMeeting", "must be above 0: meetings define a living pair", 0));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    /**
     * The defaults: a meeting 3, a message 1, a touchpoint attended 2, a hotline request 1, a survey answered 1, a
     * follow-up call 2.
     *
     * @return the default weights
     */
    public static SignalWeights defaults() {
        return new SignalWeights(3, 1, 2, 1, 1, 2);
    }

    /**
     * @param kind an activity kind
     * @return its weight
     */
    public double weight(ActivityKind kind) {
        return switch (kind) {
            case PAIR_MEETING -> pairMeeting;
            case PAIR_MESSAGE -> pairMessage;
            case TOUCHPOINT_ATTENDED -> touchpointAttended;
            case HOTLINE_REQUEST -> hotlineRequest;
            case SURVEY_ANSWERED -> surveyAnswered;
            case CHECKPOINT_CALL -> checkpointCall;
        };
    }

    private static void check(List<Violation> violations, String field, double value) {
        if (!(value >= 0 && value <= MAX_WEIGHT)) {
            violations.add(Violation.of("weights." + field, "must be between 0 and " + (int) MAX_WEIGHT, value));
        }
    }
}
