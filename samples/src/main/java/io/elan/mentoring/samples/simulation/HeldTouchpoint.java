package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.scheduling.PlannedTouchpoint;

/**
 * A collective touchpoint that took place, with who came.
 *
 * @param touchpoint the touchpoint as planned
 * @param invited the active participants of its audience
 * @param attended those recorded as attended
 * @param replays the useful replays queued for those who missed it
 */
record HeldTouchpoint(PlannedTouchpoint touchpoint, int invited, int attended, int replays) {
    /** @return the share of the invited who came, 0 to 1 */
    double rate() {
        return invited == 0 ? 0 : (double) attended / invited;
    }
}
