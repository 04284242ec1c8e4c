package io.elan.mentoring.samples.simulation;

/**
 * How a synthetic pair behaves over the program.
 *
 * @param kind steady, fading or never started
 * @param fadeWeek the program week from which a fading pair goes quiet; unused for the other kinds
 */
record PairBehaviour(Kind kind, int fadeWeek) {

    /** The behaviours the simulation draws. */
    enum Kind {
        /** Meets every week or two and exchanges messages in between, all program long. */
        STEADY,
        /** Starts like a steady pair, then goes quiet from a known week: the 6–8 week drop the practice warns of. */
        FADING,
        /** Formed, but never holds a first meeting. */
        NEVER_STARTS
    }

    static PairBehaviour steady() {
        return new PairBehaviour(Kind.STEADY, -1);
    }

    static PairBehaviour fadingFrom(int week) {
        return new PairBehaviour(Kind.FADING, week);
    }

    static PairBehaviour neverStarts() {
        return new PairBehaviour(Kind.NEVER_STARTS, -1);
    }

    /**
     * @param week a program week
     * @return whether the pair is going well that week
     */
    boolean engagedIn(int week) {
        return switch (kind) {
            case STEADY -> true;
            case FADING -> week < fadeWeek;
            case NEVER_STARTS -> false;
        };
    }
}
