package io.elan.mentoring.survey.collection;

/** What happened to a submitted response. */
public enum SubmissionResult {
    /** The response was stored. */
    RECORDED,
    /** A response was already stored under this token; nothing changed. Submitting again is safe. */
    ALREADY_RECORDED
}
