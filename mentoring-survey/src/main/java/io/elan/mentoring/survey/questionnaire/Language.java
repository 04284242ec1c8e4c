package io.elan.mentoring.survey.questionnaire;

/** The languages every label and report is written in. */
public enum Language {
    /** Français. */
    FRENCH,
    /** English. */
    ENGLISH
}
