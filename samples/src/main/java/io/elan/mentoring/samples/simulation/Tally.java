package io.elan.mentoring.samples.simulation;

/**
 * What the host did and saw over one month of the run, for its progress line. Mutable; confined to the simulation's
 * thread.
 */
final class Tally {
    int touchpointsHeld;
    int attendanceInvited;
    int attendanceAttended;
    int nudgesQueued;
    int messagesDelivered;
    int hotlineRaised;
    int callsLogged;

    /** @return the share of invitations to collective touchpoints that were attended, 0 to 1 */
    double attendanceRate() {
        return attendanceInvited == 0 ? 0 : (double) attendanceAttended / attendanceInvited;
    }
}
