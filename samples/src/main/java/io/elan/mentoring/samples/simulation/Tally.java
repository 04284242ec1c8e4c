package io.elan.mentoring.samples.simulation;

/**
 * What the host did and saw over a stretch of the run. Mutable; confined to the simulation's thread.
 */
final class Tally {
    int touchpointsHeld;
    int attendanceInvited;
    int attendanceAttended;
    int monthlyMessagesQueued;
    int replaysQueued;
    int nudgesQueued;
    int surveyInvitationsQueued;
    int surveyRemindersQueued;
    int messagesDelivered;
    int pairMeetings;
    int pairMessages;
    int hotlineRaised;
    int hotlineAnswered;
    int hotlineAnsweredLate;
    int callsLogged;
    int callsWithConcern;

    /** @param other a stretch to add to this one */
    void add(Tally other) {
        touchpointsHeld += other.touchpointsHeld;
        attendanceInvited += other.attendanceInvited;
        attendanceAttended += other.attendanceAttended;
        monthlyMessagesQueued += other.monthlyMessagesQueued;
        replaysQueued += other.replaysQueued;
        nudgesQueued += other.nudgesQueued;
        surveyInvitationsQueued += other.surveyInvitationsQueued;
        surveyRemindersQueued += other.surveyRemindersQueued;
        messagesDelivered += other.messagesDelivered;
        pairMeetings += other.pairMeetings;
        pairMessages += other.pairMessages;
        hotlineRaised += other.hotlineRaised;
        hotlineAnswered += other.hotlineAnswered;
        hotlineAnsweredLate += other.hotlineAnsweredLate;
        callsLogged += other.callsLogged;
        callsWithConcern += other.callsWithConcern;
    }

    /** @return the share of invitations to collective touchpoints that were attended, 0 to 1 */
    double attendanceRate() {
        return attendanceInvited == 0 ? 0 : (double) attendanceAttended / attendanceInvited;
    }
}
