package io.elan.mentoring.spi;

import java.io.Serial;

/**
 * The root of every exception Élan throws on purpose. Unchecked: callers catch the subtype they can act on.
 */
public class ElanException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the field or the thing concerned
     */
    public ElanException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the field or the thing concerned
     * @param cause the underlying failure
     */
    public ElanException(String message, Throwable cause) {
        super(message, cause);
    }
}
