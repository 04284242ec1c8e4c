package io.elan.mentoring.survey.collection;

/** What happened to a submitted response. */
public enum SubmissionResult {
    /** The response is durably held, sealed, until its batch is published. */
    RECORDED,
    /** A response was already recorded under this token; nothing changed. Submitting again is safe. */
    ALREADY_RECORDED
}
