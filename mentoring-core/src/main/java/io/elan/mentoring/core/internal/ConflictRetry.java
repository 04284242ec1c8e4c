package io.elan.mentoring.core.internal;

import io.elan.mentoring.spi.VersionConflictException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

/**
 * Runs a read-check-write step again when the write hits a {@link VersionConflictException}, at most a fixed number of
 * times. The step must re-read what it changes on every attempt, so a retry re-applies the change to the fresh state
 * (and re-checks its guards) instead of overwriting someone else's update.
 *
 * <h2>Backoff</h2>
 * Callers that collide once would collide again if they retried at once, so each retry first waits on the caller's
 * thread a random time (full jitter) between zero and a ceiling that doubles from {@link #FIRST_CEILING} with each
 * retry and stops at {@link #LAST_CEILING}: up to 2, 4, 8 then 16 ms before the second to fifth attempts, 20 ms before
 * any later one. With the engine's default of 5 attempts a step waits at most 30 ms in all; with the most the engine
 * allows, 100, at most about 2 s. When every attempt conflicts, the last conflict is thrown, its message saying how
 * many attempts were made ({@link VersionConflictException#afterAttempts(int)}). A caller interrupted while it waits
 * stops retrying at once: it gets the conflict with the attempts made so far and its interrupt flag set again.
 *
 * <p>Thread-safe.
 */
public final class ConflictRetry {

    /** The ceiling of the wait before the first retry. */
    public static final Duration FIRST_CEILING = Duration.ofMillis(2);
    /** The highest ceiling of any wait. */
    public static final Duration LAST_CEILING = Duration.ofMillis(20);

    private final int maxAttempts;
    private final Pause pause;
    private final LongUnaryOperator random;

    /** Waits on the calling thread. */
    @FunctionalInterface
    public interface Pause {
        /**
         * @param nanos how long to wait, in nanoseconds
         * @throws InterruptedException if the thread is interrupted while it waits
         */
        void pause(long nanos) throws InterruptedException;
    }

    /**
     * @param maxAttempts how many times a step runs at most; 1 means never retry
     */
    public ConflictRetry(int maxAttempts) {
        this(maxAttempts, TimeUnit.NANOSECONDS::sleep, bound -> ThreadLocalRandom.current().nextLong(bound + 1));
    }

    /**
     * @param maxAttempts how many times a step runs at most; 1 means never retry
     * @param pause how to wait before a retry
     * @param random given a ceiling in nanoseconds, a random wait from 0 to that ceiling
     */
    public ConflictRetry(int maxAttempts, Pause pause, LongUnaryOperator random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.pause = pause;
        this.random = random;
    }

    /** @return how many times a step runs at most */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * @param retry the retry about to be made: 1 before the second attempt, 2 before the third...
     * @return the longest wait before it, in nanoseconds
     */
    public static long ceilingNanos(int retry) {
        long first = FIRST_CEILING.toNanos();
        long last = LAST_CEILING.toNanos();
        // Past 2^20 the doubling overflows long before it matters: the last ceiling is reached far earlier.
        return retry > 20 ? last : Math.min(last, first << (retry - 1));
    }

    /**
     * @param step a read-check-write step that re-reads on every call
     * @param <T> what the step returns
     * @return what the first attempt without a conflict returned
     * @throws VersionConflictException when every attempt conflicted, or the caller was interrupted while waiting to
     *     retry: the last conflict, saying how many attempts were made, earlier ones suppressed in it
     */
    public <T> T run(Supplier<T> step) {
        VersionConflictException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            if (last != null) {
                try {
                    pause.pause(random.applyAsLong(ceilingNanos(attempt - 1)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw last.afterAttempts(attempt - 1);
                }
            }
            try {
                return step.get();
            } catch (VersionConflictException e) {
                if (last != null) {
                    e.addSuppressed(last);
                }
                last = e;
            }
        }
        throw last.afterAttempts(maxAttempts);
    }
}
