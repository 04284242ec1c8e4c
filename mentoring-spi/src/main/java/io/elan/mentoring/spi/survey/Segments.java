package io.elan.mentoring.spi.survey;

/**
 * The coarse segments a response carries. Nothing finer is ever stored with answers.
 */
public final class Segments {
    /** The respondent's role: {@code MENTOR} or {@code MENTEE}. */
    public static final String ROLE = "role";
    /** The respondent's cohort, such as {@code 2026-spring}; optional. */
    public static final String COHORT = "cohort";

    private Segments() {}
}
