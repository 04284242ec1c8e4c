package io.elan.mentoring.spi;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A value, a configuration or a request breaks one or more rules. The message lists every violation, each naming
 * its field and rule, so a caller fixes all of them at once.
 */
public class InvalidValueException extends ElanException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Every rule the value breaks, each naming its field. */
    private final List<Violation> violations;

    /**
     * @param violations every rule that is broken; at least one
     */
    public InvalidValueException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * @param violation the one rule that is broken
     */
    public InvalidValueException(Violation violation) {
        this(List.of(violation));
    }

    /**
     * @param field the field that breaks the rule
     * @param rule the rule
     */
    public InvalidValueException(String field, String rule) {
        this(Violation.of(field, rule));
    }

    /**
     * @param field the field that breaks the rule
     * @param rule the rule
     * @param rejected the rejected value, shown in the message
     */
    public InvalidValueException(String field, String rule, Object rejected) {
        this(Violation.of(field, rule, rejected));
    }

    /**
     * @return every broken rule, in the order found
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidValueException needs at least one violation");
        }
        if (violations.size() == 1) {
            return violations.get(0).message();
        }
        return violations.size() + " invalid values: "
                + violations.stream().map(Violation::message).collect(Collectors.joining("; "));
    }
}
