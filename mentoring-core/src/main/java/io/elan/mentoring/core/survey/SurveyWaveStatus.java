package io.elan.mentoring.core.survey;

/** Where a survey wave stands, by the engine's clock. */
public enum SurveyWaveStatus {
    /** Its window has not opened yet: nobody is invited. */
    SCHEDULED,
    /** Within its window: invitations go out, answers are taken, reminders follow. */
    OPEN,
    /** Its window has ended: answers are refused, and what was held is published for its report. */
    CLOSED
}
