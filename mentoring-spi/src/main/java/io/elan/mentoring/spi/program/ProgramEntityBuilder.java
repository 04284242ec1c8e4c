package io.elan.mentoring.spi.program;

import io.elan.mentoring.spi.ProgramId;
import org.jspecify.annotations.Nullable;

/**
 * What the builders of a program's versioned entities share: the entity's id, unique in its program, the program and
 * the stored version. {@link Touchpoint.Builder}, {@link Pair.Builder}, {@link HotlineRequest.Builder} and
 * {@link FollowUpCall.Builder} extend it; each setter returns the concrete builder, so calls chain in any order.
 *
 * <p>Only this package's builders extend it. Not thread-safe.
 *
 * @param <I> the id type
 * @param <E> the entity built
 * @param <B> the concrete builder
 */
public abstract class ProgramEntityBuilder<I, E, B extends ProgramEntityBuilder<I, E, B>> {
    @Nullable I id;
    @Nullable ProgramId program;
    long version;

    ProgramEntityBuilder() {}

    /** @return this builder, as its concrete type */
    abstract B self();

    /**
     * @param value the entity's id, unique in its program
     * @return this builder
     */
    public B id(I value) {
        id = value;
        return self();
    }

    /**
     * @param value the program
     * @return this builder
     */
    public B program(ProgramId value) {
        program = value;
        return self();
    }

    /**
     * @param value the stored version: 0, the default, for an entity never stored
     * @return this builder
     */
    public B version(long value) {
        version = value;
        return self();
    }

    /**
     * @return the entity
     * @throws io.elan.mentoring.spi.InvalidValueException naming every field that is missing or breaks a rule
     */
    public abstract E build();
}
