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
public record Finding(
        ReasonCode code,
        EngagementStatus severity,
        @Nullable PairId pair,
        @Nullable PersonId person,
        int week,
        double observed,
        double reference,
        double norm,
        int weeks) {

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
}
