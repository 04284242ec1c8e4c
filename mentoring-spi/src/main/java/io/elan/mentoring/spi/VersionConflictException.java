package io.elan.mentoring.spi;

import java.io.Serial;

/**
 * A write was based on a stale version: someone else changed the thing since it was read. Reload, re-apply the
 * change and write again; nothing was stored by the failed write.
 */
public class VersionConflictException extends ElanException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String id;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * @param entity what was written, such as {@code "program"} or {@code "pair"}
     * @param id its identifier
     * @param expectedVersion the version the writer read
     * @param actualVersion the version stored now; 0 when nothing is stored
     */
    public VersionConflictException(String entity, String id, long expectedVersion, long actualVersion) {
        super(entity + " " + id + ": version conflict, the write was based on version " + expectedVersion
                + " but the stored version is " + actualVersion
                + (expectedVersion == 0 ? " (it already exists)" : ""));
        this.entity = entity;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** @return what was written, such as {@code "program"} */
    public String entity() {
        return entity;
    }

    /** @return the identifier of what was written */
    public String id() {
        return id;
    }

    /** @return the version the writer read */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** @return the version stored when the write was refused; 0 when nothing is stored */
    public long actualVersion() {
        return actualVersion;
    }
}
