package io.elan.mentoring.spi;

import java.io.Serial;

/**
 * A write was based on a stale version: someone else changed the thing since it was read. Reload, re-apply the
 * change and write again; nothing was stored by the failed write.
 */
public class VersionConflictException extends ElanException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The kind of entity, such as {@code program}. */
    private final String entity;
    /** The entity's id. */
    private final String id;
    /** The version the caller read. */
    private final long expectedVersion;
    /** The version the store holds. */
    private final long actualVersion;
    /** How many attempts were made before giving up. */
    private final int attempts;

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
        this.attempts = 1;
    }

    private VersionConflictException(VersionConflictException last, int attempts) {
        super(last.getMessage() + "; still conflicting after " + attempts + (attempts == 1 ? " attempt" : " attempts"),
                last);
        this.entity = last.entity;
        this.id = last.id;
        this.expectedVersion = last.expectedVersion;
        this.actualVersion = last.actualVersion;
        this.attempts = attempts;
    }

    /**
     * The conflict as surfaced by a caller that re-read and tried its write several times, each attempt meeting a
     * conflict; the message ends with how many attempts were made, such as {@code "; still conflicting after 5
     * attempts"}.
     *
     * @param attempts how many times the write was attempted, at least 1
     * @return a new exception with this one's entity, id and versions, and this one as its cause
     * @throws IllegalArgumentException if {@code attempts} is below 1
     */
    public VersionConflictException afterAttempts(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        return new VersionConflictException(this, attempts);
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

    /**
     * @return how many times the write was attempted before this conflict surfaced: 1 when a store threw it, the
     *     number of attempts when it comes from {@link #afterAttempts(int)}
     */
    public int attempts() {
        return attempts;
    }
}
