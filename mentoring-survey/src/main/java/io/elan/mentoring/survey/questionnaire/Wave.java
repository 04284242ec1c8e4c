package io.elan.mentoring.survey.questionnaire;

import io.elan.mentoring.survey.internal.Require;
import java.time.Instant;

/**
 * One sending of a questionnaire to a program, open between two instants.
 *
 * @param id the wave id stored with each response, 1 to 64 letters, digits, dots, dashes or underscores
 * @param kind why it is sent
 * @param questionnaire the questionnaire
 * @param opensAt the first instant at which responses are accepted
 * @param closesAt the instant from which responses are refused; after {@code opensAt}
 */
public record Wave(String id, WaveKind kind, Questionnaire questionnaire, Instant opensAt, Instant closesAt) {
    /** Validates the wave and lists every broken rule. */
    public Wave {
        Require require = new Require();
        require.id(id, "id", 64);
        require.present(kind, "kind");
        require.present(questionnaire, "questionnaire");
        if (require.present(opensAt, "opensAt") & require.present(closesAt, "closesAt")) {
            require.that(closesAt.isAfter(opensAt), "closesAt", "must be after opensAt", closesAt);
        }
        require.orThrow();
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
