package io.elan.mentoring.report.model;

/**
 * What a questionnaire item asks for, as far as the report cares.
 */
public enum ItemType {
    /** Agreement with a statement on an ordered scale (Likert), 1 = strongly disagree. */
    AGREEMENT,
    /** A score from 0 to 10. */
    SCORE,
    /** Yes or no. */
    YES_NO,
    /** One option among several. */
    SINGLE_CHOICE,
    /** One or more options among several. */
    MULTIPLE_CHOICE,
    /** Free text. */
    FREE_TEXT;

    /**
     * A workshop can be built on a statement people disagree with or on a topic people ask for; a yes/no fact (such
     * as "did you use a replay?"), an overall score or free text is not a subject.
     *
     * @return whether a workshop theme may be drawn from an item of this type
     */
    public boolean canBeTheme() {
        return this == AGREEMENT || this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
