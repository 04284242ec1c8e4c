package io.elan.mentoring.survey.collection;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.survey.internal.Require;
import java.util.Map;

/**
 * A token issued to one person for one wave. This is the only place where a person and a token meet; it is used to
 * send the link and to remind those who have not answered, and is never joined to answers.
 *
 * @param person the person invited
 * @param token the single-use token handed to the person
 * @param segments the coarse segments the response will carry: {@link Segments#ROLE} and optionally
 *     {@link Segments#COHORT}
 * @param answered whether a response was recorded under the token
 */
public record Invitation(PersonId person, ResponseToken token, Map<String, String> segments, boolean answered) {
    /** Validates the invitation. */
    public Invitation {
        Require require = new Require();
        require.present(person, "person");
        require.present(token, "token");
        if (require.present(segments, "segments")) {
            require.that(segments.containsKey(Segments.ROLE), "segments", "must name the role");
            require.that(segments.keySet().stream().allMatch(k -> k.equals(Segments.ROLE) || k.equals(Segments.COHORT)),
                    "segments", "must hold only role and cohort", segments.keySet());
        }
        require.orThrow();
        segments = Map.copyOf(segments);
    }

    /** @return the same invitation marked as answered */
    public Invitation markedAnswered() {
        return new Invitation(person, token, segments, true);
    }
}
