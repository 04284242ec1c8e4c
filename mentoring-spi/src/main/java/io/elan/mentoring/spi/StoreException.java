package io.elan.mentoring.spi;

import java.io.Serial;

/**
 * A storage port could not complete a call for a reason outside Élan's rules (a lost connection, a full disk).
 * Nothing of the failed call is stored; {@link #retryable()} says whether the same call may succeed later.
 */
public class StoreException extends ElanException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Whether the same call may succeed if tried again. */
    private final boolean retryable;

    /**
     * @param message what could not be done
     * @param retryable whether calling again may succeed
     * @param cause the underlying failure
     */
    public StoreException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** @return whether calling again may succeed */
    public boolean retryable() {
        return retryable;
    }
}
