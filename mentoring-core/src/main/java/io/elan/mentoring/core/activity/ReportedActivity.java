package io.elan.mentoring.core.activity;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One reported activity event and what became of it. Immutable and thread-safe.
 *
 * @param event the event the engine made of the report: its id (derived from what was reported), program, pair or
 *     person, kind and date
 * @param outcome appended, duplicate or refused
 * @param refusal why it was refused; present exactly when {@code outcome} is {@link ActivityOutcome#REFUSED}
 */
public record ReportedActivity(ActivityEvent event, ActivityOutcome outcome, @Nullable ActivityRefusal refusal) {

    /**
     * Checks that the refusal is given exactly for a refused event.
     *
     * @param event the event the engine made of the report: its id (derived from what was reported), program, pair or
     *         person, kind and date
     * @param outcome appended, duplicate or refused
     * @param refusal why it was refused; present exactly when {@code outcome} is {@link ActivityOutcome#REFUSED}
     * @throws InvalidValueException naming {@code event}, {@code outcome} or {@code refusal}
     */
    public ReportedActivity {
        Checks.present(event, "event");
        Checks.present(outcome, "outcome");
        if (outcome == ActivityOutcome.REFUSED && refusal == null) {
            throw new InvalidValueException("refusal", "is required when the outcome is REFUSED");
        }
        if (outcome != ActivityOutcome.REFUSED && refusal != null) {
            throw new InvalidValueException("refusal", "must be empty unless the outcome is REFUSED", refusal);
        }
    }

    /**
     * @param event the event
     * @param refusal why it was refused
     * @return a refused event
     */
    public static ReportedActivity refused(ActivityEvent event, ActivityRefusal refusal) {
        return new ReportedActivity(event, ActivityOutcome.REFUSED, Checks.present(refusal, "refusal"));
    }

    /** @return whether the event was refused */
    public boolean isRefused() {
        return outcome == ActivityOutcome.REFUSED;
    }
}
