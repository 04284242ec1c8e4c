package io.elan.mentoring.spi.survey;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.validation.Checks;
import java.util.Map;

/**
 * A token issued to one person for one wave. This is the only place where a person and a token meet; it is used to
 * send the link and to remind those who have not answered, and is never joined to answers.
 *
 * @param person the person invited
 * @param token the single-use token handed to the person
 * @param segments the coarse segments the response will carry: {@link Segments#ROLE} and optionally
 *     {@link Segments#COHORT}, each value 1 to 64 characters
 * @param answered whether a response was recorded under the token
 */
public record Invitation(PersonId person, ResponseToken token, Map<String, String> segments, boolean answered) {
    /** Validates the invitation; the message names the field and the rule. */
    public Invitation {
        Checks.present(person, "person");
        Checks.present(token, "token");
        segments = Checks.map(segments, "segments", 2);
        if (!segments.containsKey(Segments.ROLE)) {
            throw new InvalidValueException("segments", "must name the role");
        }
        for (Map.Entry<String, String> e : segments.entrySet()) {
            if (!e.getKey().equals(Segments.ROLE) && !e.getKey().equals(Segments.COHORT)) {
                throw new InvalidValueException("segments", "must hold only role and cohort", Checks.quote(e.getKey()));
            }
            Checks.text(e.getValue(), "segments[" + e.getKey() + "]", 64);
        }
    }

    /** @return the same invitation marked as answered */
    public Invitation markedAnswered() {
        return new Invitation(person, token, segments, true);
    }
}
