package io.elan.mentoring.core.communication.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Exponential backoff with jitter: the wait doubles with each attempt up to a ceiling, plus a random share derived
 * from the message's key and attempt so that a run can be reproduced and retries of many messages spread out.
 * Immutable and thread-safe.
 */
public final class RetrySchedule {

    private final Duration first;
    private final Duration max;
    private final double jitter;

    /**
     * @param first the wait after the first attempt
     * @param max the longest wait before jitter
     * @param jitter the share of the wait added at most, 0 to 1
     */
    public RetrySchedule(Duration first, Duration max, double jitter) {
        this.first = first;
        this.max = max;
        this.jitter = jitter;
    }

    /**
     * @param key the message's idempotency key
     * @param attempt the attempt that just failed, from 1
     * @param failedAt when it failed
     * @param retryAfter how long the provider asked to wait, if it said: never waits less, up to the longest wait (a
     *     provider asking for years, or for a negative wait, is taken at the longest wait, or ignored)
     * @return when to try again, at most the longest wait plus its jitter after {@code failedAt}
     */
    public Instant next(String key, int attempt, Instant failedAt, @Nullable Duration retryAfter) {
        Duration wait = max;
        int doublings = attempt - 1;
        if (doublings < 62) {
            long millis = first.toMillis();
            if (millis <= max.toMillis() >> doublings) {
                wait = Duration.ofMillis(millis << doublings);
            }
        }
        double share = (IdempotencyKeys.hash(key, Integer.toString(attempt)) >>> 11) * 0x1.0p-53;
        wait = wait.plusMillis((long) (wait.toMillis() * jitter * share));
        if (retryAfter != null) {
            Duration asked = retryAfter.compareTo(max) > 0 ? max : retryAfter;
            if (asked.compareTo(wait) > 0) {
                wait = asked;
            }
        }
        return failedAt.plus(wait);
    }
}
