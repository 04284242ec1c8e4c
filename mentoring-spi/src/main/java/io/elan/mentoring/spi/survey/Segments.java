package io.elan.mentoring.spi.survey;

import java.util.List;

/**
 * The segment dimensions a response may carry, each a coarse group a program manager may ask about. Nothing finer is
 * ever stored with answers: a wave declares which of these its invitations carry, the role always among them.
 */
public final class Segments {
    /** The respondent's role: {@code MENTOR} or {@code MENTEE}; every invitation carries it. */
    public static final String ROLE = "role";
    /** The respondent's cohort, such as {@code 2026-spring}. */
    public static final String COHORT = "cohort";
    /** The respondent's department, such as {@code finance}. */
    public static final String DEPARTMENT = "department";
    /** The respondent's site, such as {@code lyon}. */
    public static final String SITE = "site";
    /** The respondent's seniority band, such as {@code 5-10y}. */
    public static final String SENIORITY = "seniority";

    /** Every dimension, in the order reports list them. */
    public static final List<String> DIMENSIONS = List.of(ROLE, COHORT, DEPARTMENT, SITE, SENIORITY);

    private Segments() {}

    /**
     * @param key a segment key
     * @return whether it names one of the {@link #DIMENSIONS}
     */
    public static boolean isDimension(String key) {
        return DIMENSIONS.contains(key);
    }
}
