package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The engagement services of one engine, built on the same ports, clock and settings: the incremental
 * {@link EngagementTracker}, the {@link DisengagementDetector} that reads it, and the {@link NudgePolicy} that turns
 * assessments into messages. All three are thread-safe.
 *
 * <p>A nightly run, from the host's scheduler:
 * <pre>{@code
 * Engagement engagement = elan.engagement();
 * for (ProgramAssessment assessment : engagement.detector().assessAll(tenant)) {
 *     engagement.nudges().apply(assessment);
 * }
 * }</pre>
 *
 * @param tracker counts activity per pair and person, week by week
 * @param detector assesses pairs, people and the program over the trailing window
 * @param nudges turns findings into nudges and escalations in the outbox
 */
public record Engagement(EngagementTracker tracker, DisengagementDetector detector, NudgePolicy nudges) {
    /** Checks that every service is present. */
    public Engagement {
        List<Violation> missing = new ArrayList<>();
        if (tracker == null) {
            missing.add(Violation.of("tracker", "is required"));
        }
        if (detector == null) {
            missing.add(Violation.of("detector", "is required"));
        }
        if (nudges == null) {
            missing.add(Violation.of("nudges", "is required"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidValueException(missing);
        }
    }
}
