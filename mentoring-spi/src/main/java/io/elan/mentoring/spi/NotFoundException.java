package io.elan.mentoring.spi;

import java.io.Serial;

/**
 * The thing a call refers to does not exist in the caller's tenant. Another tenant's data is reported exactly like
 * data that does not exist.
 */
public class NotFoundException extends ElanException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param entity what was looked for, such as {@code "program"}
     * @param id its identifier
     */
    public NotFoundException(String entity, String id) {
        super(entity + " " + id + ": not found in this tenant");
    }
}
