package io.elan.mentoring.survey.questionnaire;

/** Why a questionnaire is sent. */
public enum WaveKind {
    /** Before the mid-point workshop (questionnaire de mi-parcours). */
    MID_POINT,
    /** At the end of the program (questionnaire de clôture). */
    CLOSING,
    /** A short check between the two. */
    PULSE
}
