package io.elan.mentoring.core.timer.internal;

/**
 * What one timer call may still do: people considered for a message, and programs assessed. A job that leaves work
 * for lack of budget says so, and the call's summary reports it. Confined to the call's thread.
 */
public final class Budget {
    private int messages;
    private int assessments;
    private boolean stoppedShort;

    /**
     * @param messages people one call may consider for a message
     * @param assessments programs one call may assess
     */
    public Budget(int messages, int assessments) {
        this.messages = messages;
        this.assessments = assessments;
    }

    /** @return how many more people may be considered for a message */
    public int messagesLeft() {
        return Math.max(0, messages);
    }

    /** @param count people just considered; a step that started is finished, so this may overdraw */
    public void spendMessages(int count) {
        messages -= count;
    }

    /** @return whether one more program may be assessed */
    public boolean assessmentsLeft() {
        return assessments > 0;
    }

    /** Counts one program assessed. */
    public void spendAssessment() {
        assessments--;
    }

    /** Records that a job left work for the next call, for want of budget. */
    public void stoppedShort() {
        stoppedShort = true;
    }

    /** @return whether some job left work for the next call for want of budget */
    public boolean spent() {
        return stoppedShort;
    }
}
