package io.elan.mentoring.survey.questionnaire;

/**
 * What an item is about, so that reports can group items ("where the pairs stand") and suggest workshop themes.
 */
public enum Topic {
    /** How often the pair meets (rythme des rencontres). */
    MEETING_PACE,
    /** Quality of the mentor–mentee relationship. */
    RELATIONSHIP,
    /** Progress on the mentee's goals. */
    GOALS,
    /** Usefulness of the collective rituals (webinars, meals, capsules, replays). */
    RITUALS,
    /** What to cover at the mid-point or closing workshop. */
    WORKSHOP,
    /** Overall appreciation and recommendation. */
    OVERALL
}
