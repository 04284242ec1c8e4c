package io.elan.mentoring.spi;

import static java.util.Objects.requireNonNull;

/**
 * One broken rule: the field (a dotted path such as {@code pairs[2].mentee}), the rule, and a sentence for people.
 *
 * @param field the field or path that breaks the rule
 * @param rule the rule, short and stable (for example {@code "must not be blank"})
 * @param message a complete sentence naming the field, the rule and, where safe, the rejected value
 */
public record Violation(String field, String rule, String message) {
    /** Validates that every part is present. */
    public Violation {
        requireNonNull(field, "field");
        requireNonNull(rule, "rule");
        requireNonNull(message, "message");
    }

    /**
     * A violation whose message is {@code "<field>: <rule>"}.
     *
     * @param field the field
     * @param rule the rule it breaks
     * @return the violation
     */
    public static Violation of(String field, String rule) {
        return new Violation(field, rule, field + ": " + rule);
    }

    /**
     * A violation whose message is {@code "<field>: <rule> (was <value>)"}.
     *
     * @param field the field
     * @param rule the rule it breaks
     * @param rejected the rejected value, quoted in the message
     * @return the violation
     */
    public static Violation of(String field, String rule, Object rejected) {
        return new Violation(field, rule, field + ": " + rule + " (was " + rejected + ")");
    }
}
