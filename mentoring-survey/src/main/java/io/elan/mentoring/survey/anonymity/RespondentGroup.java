package io.elan.mentoring.survey.anonymity;

import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.validation.Checks;
import java.util.HashMap;
import java.util.Map;

/**
 * A group of respondents defined by segment values, all of which must match: the whole wave, a role, a cohort, a
 * department, a site, a seniority band, or any combination of them. The guard accepts a selection only on dimensions
 * the wave declares.
 *
 * @param segments segment values by dimension, among {@link Segments#DIMENSIONS}; the role is MENTOR or MENTEE
 */
public record RespondentGroup(Map<String, String> segments) {
    /**
     * Validates the segments.
     *
     * @param segments segment values by dimension, among {@link Segments#DIMENSIONS}; the role is MENTOR or MENTEE
     */
    public RespondentGroup {
        Checks.Collector require = Checks.collector();
        if (require.present(segments, "segments")) {
            for (Map.Entry<String, String> e : segments.entrySet()) {
                String field = "segments[" + e.getKey() + "]";
                if (Segments.ROLE.equals(e.getKey())) {
                    require.that("MENTOR".equals(e.getValue()) || "MENTEE".equals(e.getValue()), field,
                            "must be MENTOR or MENTEE", e.getValue());
                } else if (Segments.isDimension(e.getKey())) {
                    require.text(e.getValue(), field, 64);
                } else {
                    require.add(Violation.of(field, "must be one of " + String.join(", ", Segments.DIMENSIONS)));
                }
            }
        }
        require.orThrow();
        segments = Map.copyOf(segments);
    }

    /** @return the whole wave */
    public static RespondentGroup all() {
        return new RespondentGroup(Map.of());
    }

    /**
     * @param role the role
     * @return the respondents of that role
     */
    public static RespondentGroup role(Role role) {
        return new RespondentGroup(Map.of(Segments.ROLE, role.name()));
    }

    /**
     * @param cohort the cohort
     * @return the respondents of that cohort
     */
    public static RespondentGroup cohort(String cohort) {
        return new RespondentGroup(Map.of(Segments.COHORT, cohort));
    }

    /**
     * @param dimension a segment dimension
     * @param value its value
     * @return the respondents with that value
     */
    public static RespondentGroup of(String dimension, String value) {
        return new RespondentGroup(Map.of(dimension, value));
    }

    /**
     * @param key a segment key
     * @param value its value
     * @return this selection narrowed to respondents that also have that value
     */
    public RespondentGroup and(String key, String value) {
        Map<String, String> narrowed = new HashMap<>(segments);
        narrowed.put(key, value);
        return new RespondentGroup(narrowed);
    }
}
