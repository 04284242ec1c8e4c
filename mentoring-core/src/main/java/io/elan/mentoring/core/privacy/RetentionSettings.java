package io.elan.mentoring.core.privacy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a tenant's personal data is kept, applied by the timer call ({@code elan.runDue()}), which removes at most
 * {@code recordsPerCall} records of each kind per tenant and call and leaves the rest to the next. Immutable and
 * thread-safe. The defaults and their reasons are in {@code docs/privacy.md}.
 *
 * @param closedPrograms how long a closed or cancelled program is kept after its closing date, with everything in it
 *     (participants, pairs, calendar, hotline, calls, activity, messages, broadcasts, survey invitations); at least a
 *     day
 * @param messageBodies how long the body of a delivered or dead-lettered message is kept after it was settled; the
 *     entry itself stays, so that it is never sent twice; at least an hour
 * @param activityEvents how long an activity event is kept after it occurred; at least the 8 weeks engagement
 *     detection reads
 * @param hotlineTexts how long the subject, details and answer of a closed hotline request are kept after it was
 *     closed; at least a day
 * @param recordsPerCall the most records of each kind one timer call removes or clears per tenant, 1 to 100,000
 */
public record RetentionSettings(Period closedPrograms, Duration messageBodies, Duration activityEvents,
        Duration hotlineTexts, int recordsPerCall) {

    /** The shortest activity retention: the longest window engagement detection reads. */
    public static final Duration MIN_ACTIVITY = Duration.ofDays(56);

    /**
     * Checks every field and reports every broken rule at once.
     *
     * @param closedPrograms how long a closed or cancelled program is kept after its closing date, with everything in
     *     it (participants, pairs, calendar, hotline, calls, activity, messages, broadcasts, survey invitations); at
     *     least a day
     * @param messageBodies how long the body of a delivered or dead-lettered message is kept after it was settled; the
     *     entry itself stays, so that it is never sent twice; at least an hour
     * @param activityEvents how long an activity event is kept after it occurred; at least the 8 weeks engagement
     *     detection reads
     * @param hotlineTexts how long the subject, details and answer of a closed hotline request are kept after it was
     *     closed; at least a day
     * @param recordsPerCall the most records of each kind one timer call removes or clears per tenant, 1 to 100,000
     */
    public RetentionSettings {
        List<Violation> violations = new ArrayList<>();
        if (closedPrograms == null || closedPrograms.isNegative() || closedPrograms.isZero()) {
            violations.add(Violation.of("closedPrograms", "must be at least a day", closedPrograms));
        }
        if (messageBodies == null || messageBodies.compareTo(Duration.ofHours(1)) < 0) {
            violations.add(Violation.of("messageBodies", "must be at least an hour", messageBodies));
        }
        if (activityEvents == null || activityEvents.compareTo(MIN_ACTIVITY) < 0) {
            violations.add(Violation.of("activityEvents", "must be at least 56 days, the longest window engagement"
                    + " detection reads", activityEvents));
        }
        if (hotlineTexts == null || hotlineTexts.compareTo(Duration.ofDays(1)) < 0) {
            violations.add(Violation.of("hotlineTexts", "must be at least a day", hotlineTexts));
        }
        if (recordsPerCall < 1 || recordsPerCall > 100_000) {
            violations.add(Violation.of("recordsPerCall", "must be between 1 and 100000", recordsPerCall));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    /**
     * @return closed programs 12 months after closing, message bodies 90 days after settling, activity 13 months,
     *     hotline texts 6 months after closing, 1,000 records of each kind per call
     */
    public static RetentionSettings defaults() {
        return new RetentionSettings(Period.ofMonths(12), Duration.ofDays(90), Duration.ofDays(396),
                Duration.ofDays(183), 1_000);
    }
}
