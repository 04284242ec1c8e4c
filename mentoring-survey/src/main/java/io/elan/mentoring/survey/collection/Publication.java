package io.elan.mentoring.survey.collection;

/**
 * What a call to {@link SurveyCollector#publish} did, and what stays held.
 *
 * @param published how many held responses this call published
 * @param waiting how many stay held and readable: waiting for their batch while the wave is open, withheld once it
 *     has closed (unless the policy releases the remainder)
 * @param unreadable how many stay held but cannot be opened with the wave's current secret: sealed under a secret
 *     that was lost and replaced, they can never be published unless that secret comes back
 */
public record Publication(int published, int waiting, int unreadable) {}
