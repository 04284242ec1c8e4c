package io.elan.mentoring.core.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.elan.mentoring.core.communication.internal.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RetryScheduleProperties {

    private static final Instant FAILED_AT = Instant.parse("2026-11-26T09:00:00Z");

    /** A failed send: its key and attempt, the schedule's settings, and the provider's Retry-After. */
    private record Failure(String key, int attempt, Duration first, Duration max, double jitter,
            Duration retryAfter) {
        @Override
        public String toString() {
            return "attempt " + attempt + " of key \"" + key + "\", first wait " + first + ", ceiling " + max
                    + ", jitter " + jitter + ", Retry-After " + retryAfter;
        }
    }

    private static final Gen<String> KEYS = strings().betweenCodePoints(Character.MIN_VALUE, Character.MAX_VALUE)
            .ofLengthBetween(1, 40);
    private static final Gen<Integer> ATTEMPTS = integers().between(1, 100);
    private static final Gen<Long> FIRST_SECONDS = longs().between(1, 600);

    // The edges a schedule must get exactly right (no jitter, full jitter, a ceiling equal to the first wait, no
    // Retry-After) come up about one time in ten, not once in hundreds of thousands.
    private static final Gen<Long> EXTRA_CEILING_SECONDS = longs().between(0, 86_400).mix(Generate.constant(0L), 10);
    private static final Gen<Double> JITTERS = doubles().between(0, 1).mix(Generate.pick(List.of(0.0, 1.0)), 10);
    private static final Gen<Long> RETRY_AFTER_SECONDS = longs().between(0, 200_000).mix(Generate.constant(0L), 10);

    private static final Gen<Failure> FAILURES = in -> {
        Duration first = Duration.ofSeconds(FIRST_SECONDS.generate(in));
        return new Failure(KEYS.generate(in), ATTEMPTS.generate(in), first,
                first.plusSeconds(EXTRA_CEILING_SECONDS.generate(in)), JITTERS.generate(in),
                Duration.ofSeconds(RETRY_AFTER_SECONDS.generate(in)));
    };

    @Test
    @DisplayName("the wait doubles up to the ceiling, plus at most the jitter, and honours Retry-After up to the"
            + " ceiling")
    void theWaitDoublesUpToTheCeilingPlusAtMostTheJitterAndHonoursRetryAfter() {
        qt().withExamples(300).forAll(FAILURES).checkAssert(failure -> {
            Duration first = failure.first();
            Duration max = failure.max();
            String key = failure.key();
            int attempt = failure.attempt();
            RetrySchedule schedule = new RetrySchedule(first, max, failure.jitter());

            Duration wait = Duration.between(FAILED_AT, schedule.next(key, attempt, FAILED_AT, null));
            Duration base = first;
            for (int doubling = 1; doubling < attempt && base.compareTo(max) < 0; doubling++) {
                base = base.multipliedBy(2);
            }
            if (base.compareTo(max) > 0) {
                base = max;
            }

            assertThat(wait).isBetween(base, base.plusMillis((long) (base.toMillis() * failure.jitter())));
            assertThat(schedule.next(key, attempt, FAILED_AT, null)).isEqualTo(FAILED_AT.plus(wait));
            Duration retryAfter = failure.retryAfter();
            Duration honoured = retryAfter.compareTo(max) > 0 ? max : retryAfter;
            Duration withRetryAfter = Duration.between(FAILED_AT, schedule.next(key, attempt, FAILED_AT, retryAfter));
            assertThat(withRetryAfter).as("wait with a Retry-After of %s", retryAfter)
                    .isGreaterThanOrEqualTo(honoured).isGreaterThanOrEqualTo(wait)
                    .isLessThanOrEqualTo(max.plusMillis((long) (max.toMillis() * failure.jitter())));
        });
    }
}
