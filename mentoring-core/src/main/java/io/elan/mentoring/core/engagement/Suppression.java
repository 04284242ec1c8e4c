package io.elan.mentoring.core.engagement;

/**
 * Why a nudge or an escalation the policy considered was not enqueued.
 */
public enum Suppression {
    /** The same message (same finding, recipient and week) is already in the outbox. */
    ALREADY_QUEUED,
    /** The recipient had a nudge less than the cooldown ago. */
    COOLDOWN,
    /** Today is in a holiday or blackout, or in a quiet week. */
    QUIET_PERIOD,
    /** The recipient opted out of nudges. */
    OPTED_OUT,
    /** The recipient no longer takes part. */
    NOT_ACTIVE,
    /** Escalation is due but the settings name no program manager. */
    NO_MANAGER,
    /** The pair was escalated less than the escalation cooldown ago. */
    ESCALATION_COOLDOWN
}
