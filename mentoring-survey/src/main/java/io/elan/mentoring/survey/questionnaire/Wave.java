package io.elan.mentoring.survey.questionnaire;

import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One sending of a questionnaire to a program, open between two instants, with the segment dimensions its
 * invitations carry. A wave is pinned when it opens: its questionnaire and its dimensions are stored under its id,
 * and the collector and the anonymity guard refuse the same id with another definition.
 *
 * @param id the wave id stored with each response, 1 to 64 letters, digits, dots, dashes or underscores
 * @param kind why it is sent
 * @param questionnaire the questionnaire
 * @param opensAt the first instant at which responses are accepted
 * @param closesAt the instant from which responses are refused; after {@code opensAt}
 * @param segments the segment dimensions every invitation carries, among {@link Segments#DIMENSIONS}: the role
 *     first, then the others in the order reports list them, each once
 */
public record Wave(String id, WaveKind kind, Questionnaire questionnaire, Instant opensAt, Instant closesAt,
        List<String> segments) {
    /**
     * Validates the wave and lists every broken rule.
     *
     * @param id the wave id stored with each response, 1 to 64 letters, digits, dots, dashes or underscores
     * @param kind why it is sent
     * @param questionnaire the questionnaire
     * @param opensAt the first instant at which responses are accepted
     * @param closesAt the instant from which responses are refused; after {@code opensAt}
     * @param segments the segment dimensions every invitation carries, among {@link Segments#DIMENSIONS}: the role
     *         first, then the others in the order reports list them, each once
     */
    public Wave {
        Checks.Collector require = Checks.collector();
        require.key(id, "id", 64);
        require.present(kind, "kind");
        require.present(questionnaire, "questionnaire");
        if (require.present(opensAt, "opensAt") & require.present(closesAt, "closesAt")) {
            require.that(closesAt.isAfter(opensAt), "closesAt", "must be after opensAt", closesAt);
        }
        if (require.present(segments, "segments")) {
            require.that(!segments.isEmpty() && Segments.ROLE.equals(segments.get(0)), "segments",
                    "must start with " + Segments.ROLE, segments);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < segments.size(); i++) {
                String dimension = segments.get(i);
                String field = "segments[" + i + "]";
                if (require.that(dimension != null && Segments.isDimension(dimension), field,
                        "must be one of " + String.join(", ", Segments.DIMENSIONS), String.valueOf(dimension))) {
                    require.that(seen.add(dimension), field, "must not repeat a dimension", dimension);
                }
            }
        }
        require.orThrow();
        segments = List.copyOf(segments);
    }

    /**
     * A wave whose invitations carry the role only.
     *
     * @param id the wave id
     * @param kind why it is sent
     * @param questionnaire the questionnaire
     * @param opensAt the first instant at which responses are accepted
     * @param closesAt the instant from which responses are refused
     */
    public Wave(String id, WaveKind kind, Questionnaire questionnaire, Instant opensAt, Instant closesAt) {
        this(id, kind, questionnaire, opensAt, closesAt, List.of(Segments.ROLE));
    }

    /**
     * @param dimensions segment dimensions besides the role, such as {@link Segments#COHORT} and
     *     {@link Segments#DEPARTMENT}
     * @return this wave with invitations carrying the role and those dimensions, in that order
     */
    public Wave withSegments(String... dimensions) {
        List<String> declared = new ArrayList<>();
        declared.add(Segments.ROLE);
        declared.addAll(Arrays.asList(dimensions));
        return new Wave(id, kind, questionnaire, opensAt, closesAt, declared);
    }

    /**
     * @param instant an instant
     * @return whether responses are accepted at that instant: from {@code opensAt} inclusive to {@code closesAt}
     *     exclusive
     */
    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }
}
