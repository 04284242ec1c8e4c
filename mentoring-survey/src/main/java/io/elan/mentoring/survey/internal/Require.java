package io.elan.mentoring.survey.internal;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.spi.Violation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the violations of a whole definition so that one exception lists all of them.
 */
public final class Require {
    private final List<Violation> violations = new ArrayList<>();

    /** Starts an empty collection. */
    public Require() {}

    /**
     * @param condition what must hold
     * @param field the field that breaks the rule
     * @param rule the rule
     * @return whether the condition held
     */
    public boolean that(boolean condition, String field, String rule) {
        if (!condition) {
            violations.add(Violation.of(field, rule));
        }
        return condition;
    }

    /**
     * @param condition what must hold
     * @param field the field that breaks the rule
     * @param rule the rule
     * @param rejected the rejected value
     * @return whether the condition held
     */
    public boolean that(boolean condition, String field, String rule, Object rejected) {
        if (!condition) {
            violations.add(Violation.of(field, rule, rejected));
        }
        return condition;
    }

    /**
     * @param value the value
     * @param field the field
     * @return whether the value is present
     */
    public boolean present(@Nullable Object value, String field) {
        return that(value != null, field, "is required");
    }

    /**
     * An identifier: 1 to {@code max} characters of letters, digits, dots, dashes and underscores.
     *
     * @param value the value
     * @param field the field
     * @param max the most characters
     * @return whether the value is a valid identifier
     */
    public boolean id(@Nullable String value, String field, int max) {
        if (!present(value, field)) {
            return false;
        }
        return that(value.length() <= max && value.matches("[A-Za-z0-9._-]+"), field,
                "must be 1 to " + max + " letters, digits, dots, dashes or underscores", Checks.quote(value));
    }

    /**
     * @param value the value
     * @param field the field
     * @param max the most characters
     * @return whether the value is non-blank text of at most {@code max} characters
     */
    public boolean text(@Nullable String value, String field, int max) {
        if (!present(value, field)) {
            return false;
        }
        return that(!value.isBlank(), field, "must not be blank")
                && that(value.length() <= max, field, "must be at most " + max + " characters",
                        value.length() + " characters");
    }

    /** @param violation a violation found elsewhere */
    public void add(Violation violation) {
        violations.add(violation);
    }

    /** @return whether nothing was violated so far */
    public boolean ok() {
        return violations.isEmpty();
    }

    /** @throws InvalidValueException listing every violation, if there is any */
    public void orThrow() {
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }
}
