package io.elan.mentoring.spi.survey;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A token issued to one person for one wave. This is the only place where a person and a token meet; it is used to
 * send the link and to remind those who have not answered, and is never joined to answers.
 *
 * @param person the person invited
 * @param token the single-use token handed to the person
 * @param segments the coarse segments the response will carry: {@link Segments#ROLE} and any other of the
 *     {@link Segments#DIMENSIONS} the wave declares, each value as a {@link SurveyResponse} accepts it: not blank, at
 *     most 64 characters, no control characters other than line breaks and tabs
 * @param answered whether a response was recorded under the token
 */
public record Invitation(@NotNull @Valid PersonId person, @NotNull @Valid ResponseToken token,
        @NotNull @Size(min = 1, max = 5) Map<String, String> segments, boolean answered) {

    /**
     * Validates the invitation; one exception lists every violation, each naming its field and rule.
     *
     * @param person the person invited
     * @param token the single-use token handed to the person
     * @param segments the coarse segments the response will carry: {@link Segments#ROLE} and any other of the
     *         {@link Segments#DIMENSIONS} the wave declares, each value as a {@link SurveyResponse} accepts it: not
     *         blank, at most 64 characters, no control characters other than line breaks and tabs
     * @param answered whether a response was recorded under the token
     */
    public Invitation {
        List<Violation> violations = new ArrayList<>();
        if (person == null) {
            violations.add(Violation.of("person", "is required"));
        }
        if (token == null) {
            violations.add(Violation.of("token", "is required"));
        }
        if (segments == null) {
            violations.add(Violation.of("segments", "is required"));
        } else {
            if (!segments.containsKey(Segments.ROLE)) {
                violations.add(Violation.of("segments", "must name the role"));
            }
            for (Map.Entry<String, String> e : segments.entrySet()) {
                String key = e.getKey();
                if (key == null || !Segments.isDimension(key)) {
                    violations.add(Violation.of("segments", "must hold only " + String.join(", ", Segments.DIMENSIONS),
                            key == null ? "null" : Checks.quote(key)));
                } else {
                    // The rule of a response's segments, so that every invitation can carry its response.
                    try {
                        Checks.text(e.getValue(), "segments[" + key + "]", 64);
                    } catch (InvalidValueException refused) {
                        violations.addAll(refused.violations());
                    }
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        segments = Map.copyOf(segments);
    }

    /** @return the same invitation marked as answered */
    public Invitation markedAnswered() {
        return new Invitation(person, token, segments, true);
    }
}
