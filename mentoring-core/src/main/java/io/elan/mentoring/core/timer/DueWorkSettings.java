package io.elan.mentoring.core.timer;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How much one timer call ({@link io.elan.mentoring.core.Elan#runDue()}) does at most, and when each program's weekly
 * engagement assessment falls due. What a call leaves is done by the next one; messages due at the same instant are
 * never dropped, only delayed by a call. Delivery is bounded by the communication settings (batch size times batches
 * per call, per tenant). Immutable and thread-safe.
 *
 * @param messagesPerCall the most people one call considers for a message it writes (monthly messages, survey
 *     invitations and reminders, nudges and escalations, alerts), 1 to {@value #MAX_MESSAGES_PER_CALL}; a monthly
 *     message or an assessment's nudges, once started, is finished in the same call
 * @param assessmentsPerCall the most programs one call assesses, 1 to {@value #MAX_ASSESSMENTS_PER_CALL}; each
 *     assessment recounts the program's activity log, so that every node assesses what every node recorded
 * @param assessAt the local time, in the program's zone, from which a program week's assessment (and its nudges) is
 *     due on the week's first day
 */
public record DueWorkSettings(int messagesPerCall, int assessmentsPerCall, LocalTime assessAt) {

    /** Most messages one call may write. */
    public static final int MAX_MESSAGES_PER_CALL = 100_000;
    /** Most programs one call may assess. */
    public static final int MAX_ASSESSMENTS_PER_CALL = 10_000;

    /**
     * Checks every field and reports every broken rule at once.
     *
     * @param messagesPerCall the most people one call considers for a message it writes (monthly messages, survey
     *         invitations and reminders, nudges and escalations, alerts), 1 to {@value #MAX_MESSAGES_PER_CALL}; a
     *         monthly message or an assessment's nudges, once started, is finished in the same call
     * @param assessmentsPerCall the most programs one call assesses, 1 to {@value #MAX_ASSESSMENTS_PER_CALL}; each
     *         assessment recounts the program's activity log, so that every node assesses what every node recorded
     * @param assessAt the local time, in the program's zone, from which a program week's assessment (and its nudges) is
     *         due on the week's first day
     */
    public DueWorkSettings {
        List<Violation> violations = new ArrayList<>();
        if (messagesPerCall < 1 || messagesPerCall > MAX_MESSAGES_PER_CALL) {
            violations.add(Violation.of("messagesPerCall", "must be between 1 and " + MAX_MESSAGES_PER_CALL,
                    messagesPerCall));
        }
        if (assessmentsPerCall < 1 || assessmentsPerCall > MAX_ASSESSMENTS_PER_CALL) {
            violations.add(Violation.of("assessmentsPerCall", "must be between 1 and " + MAX_ASSESSMENTS_PER_CALL,
                    assessmentsPerCall));
        }
        if (assessAt == null) {
            violations.add(Violation.of("assessAt", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    /** @return 2,000 messages and 50 assessments per call, programs assessed from 07:00 on each week's first day */
    public static DueWorkSettings defaults() {
        return new DueWorkSettings(2_000, 50, LocalTime.of(7, 0));
    }
}
