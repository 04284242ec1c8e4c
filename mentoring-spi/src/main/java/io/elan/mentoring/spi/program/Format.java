package io.elan.mentoring.spi.program;

import java.time.Duration;

/**
 * The animation formats of a mentoring program (formats d'animation), each with its usual length.
 */
public enum Format {
    /** Launch event (kick-off). */
    KICK_OFF(Duration.ofHours(2), Duration.ofMinutes(60), Duration.ofHours(4), true),
    /** Monthly mail or WhatsApp to a community: a contribution and an invitation to share. Nothing to attend. */
    MONTHLY_MESSAGE(Duration.ZERO, Duration.ZERO, Duration.ZERO, true),
    /** 45-minute webinar on one precise theme (webinaire focus): active listening, feedback, goals. */
    WEBINAR_FOCUS(Duration.ofMinutes(45), Duration.ofMinutes(30), Duration.ofMinutes(60), true),
    /** Testimony lunch or breakfast (déjeuner/PDJ témoignages): two or three true stories and a short Q&amp;A. */
    TESTIMONY_MEAL(Duration.ofMinutes(90), Duration.ofMinutes(60), Duration.ofMinutes(120), true),
    /** 15-minute inspiration capsule (capsule d'inspiration): one idea, one tool, one exercise. */
    INSPIRATION_CAPSULE(Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofMinutes(30), true),
    /** Co-development (co-développement): real cases, peers, quick decisions. */
    CO_DEVELOPMENT(Duration.ofMinutes(120), Duration.ofMinutes(60), Duration.ofMinutes(180), true),
    /** Collaborative and creative workshop: cross presentations, "describe your job", problem simulations. */
    COLLABORATIVE_WORKSHOP(Duration.ofMinutes(120), Duration.ofMinutes(60), Duration.ofMinutes(180), true),
    /** Mid-point workshop (atelier de mi-parcours), 2 h 30 to 3 h: separate tracks, then a joint time. */
    MID_POINT_WORKSHOP(Duration.ofMinutes(165), Duration.ofMinutes(150), Duration.ofMinutes(180), true),
    /** Closing event (clôture). */
    CLOSING_EVENT(Duration.ofHours(2), Duration.ofMinutes(60), Duration.ofHours(4), true),
    /** Individual follow-up call (appel de suivi) with one mentor or one mentee. */
    CHECKPOINT_CALL(Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ofMinutes(60), false);

    private final Duration typicalDuration;
    private final Duration shortest;
    private final Duration longest;
    private final boolean collective;

    Format(Duration typicalDuration, Duration shortest, Duration longest, boolean collective) {
        this.typicalDuration = typicalDuration;
        this.shortest = shortest;
        this.longest = longest;
        this.collective = collective;
    }

    /** @return the usual length; zero for a message */
    public Duration typicalDuration() {
        return typicalDuration;
    }

    /** @return the shortest length that still makes sense for this format */
    public Duration shortestDuration() {
        return shortest;
    }

    /** @return the longest length that still makes sense for this format */
    public Duration longestDuration() {
        return longest;
    }

    /** @return whether the format gathers a community (as opposed to one person) */
    public boolean isCollective() {
        return collective;
    }

    /** @return whether people attend it at a time (as opposed to reading a message) */
    public boolean isSynchronous() {
        return !typicalDuration.isZero();
    }
}
