package io.elan.mentoring.core;

import io.elan.mentoring.spi.ElanException;
import java.io.Serial;

/**
 * An operation the program's rules do not allow now: a transition from the wrong state, a start without any active
 * pair, a pair formed after closing began, a mentor over capacity. Nothing was stored. The message names what was
 * refused and the rule, for example {@code "program spring-2027: cannot start: at least one active pair is needed"}.
 */
public class RefusedOperationException extends ElanException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** What the operation was about. */
    private final String subject;
    /** The rule that refuses it. */
    private final String rule;

    /**
     * @param subject what the operation was about, such as {@code "program spring-2027"} or {@code "pair p-3"}
     * @param rule the rule that refuses it, starting with what was attempted
     */
    public RefusedOperationException(String subject, String rule) {
        super(subject + ": " + rule);
        this.subject = subject;
        this.rule = rule;
    }

    /** @return what the operation was about, such as {@code "program spring-2027"} */
    public String subject() {
        return subject;
    }

    /** @return the rule that refused the operation */
    public String rule() {
        return rule;
    }
}
