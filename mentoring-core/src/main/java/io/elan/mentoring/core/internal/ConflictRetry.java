package io.elan.mentoring.core.internal;

import io.elan.mentoring.spi.VersionConflictException;
import java.util.function.Supplier;

/**
 * Runs a read-check-write step again when the write hits a {@link VersionConflictException}, at most a fixed number of
 * times. The step must re-read what it changes on every attempt, so a retry re-applies the change to the fresh state
 * (and re-checks its guards) instead of overwriting someone else's update. Thread-safe.
 */
public final class ConflictRetry {

    private final int maxAttempts;

    /**
     * @param maxAttempts how many times a step runs at most; 1 means never retry
     */
    public ConflictRetry(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    /** @return how many times a step runs at most */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * @param step a read-check-write step that re-reads on every call
     * @param <T> what the step returns
     * @return what the first attempt without a conflict returned
     * @throws VersionConflictException from the last attempt when every attempt conflicted
     */
    public <T> T run(Supplier<T> step) {
        VersionConflictException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                return step.get();
            } catch (VersionConflictException e) {
                if (last != null) {
                    e.addSuppressed(last);
                }
                last = e;
                Thread.onSpinWait();
            }
        }
        throw last;
    }
}
