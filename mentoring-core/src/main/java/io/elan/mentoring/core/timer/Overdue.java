package io.elan.mentoring.core.timer;

/**
 * What a timer call found overdue in the programs it worked on, at its instant.
 *
 * @param hotlineRequests hotline requests not answered by their due time
 * @param followUpCalls follow-up calls not logged by the end of their window
 */
public record Overdue(int hotlineRequests, int followUpCalls) {

    /** Nothing overdue. */
    public static final Overdue NONE = new Overdue(0, 0);

    /**
     * @param other more
     * @return the sum of both
     */
    public Overdue plus(Overdue other) {
        return new Overdue(hotlineRequests + other.hotlineRequests, followUpCalls + other.followUpCalls);
    }
}
