package io.elan.mentoring.core.communication.monthly;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognition of contributors in a monthly message: who shared, and what (a testimony, a story, a resource).
 *
 * @param who the contributors as people read them, such as {@code "Awa and Léo"}; 1 to 200 characters
 * @param what what they shared, such as {@code "shared how they prepared their first meeting"}; 1 to 300 characters
 */
public record Spotlight(@NotBlank @Size(max = 200) String who, @NotBlank @Size(max = 300) String what) {

    /**
     * Validates both fields, listing every violation.
     *
     * @param who the contributors as people read them, such as {@code "Awa and Léo"}; 1 to 200 characters
     * @param what what they shared, such as {@code "shared how they prepared their first meeting"}; 1 to 300 characters
     */
    public Spotlight {
        List<Violation> violations = new ArrayList<>();
        check(who, "spotlight.who", 200, violations);
        check(what, "spotlight.what", 300, violations);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    static void check(String value, String field, int max, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "must not be blank"));
        } else if (value.length() > max) {
            violations.add(Violation.of(field, "must be at most " + max + " characters",
                    value.length() + " characters"));
        }
    }
}
