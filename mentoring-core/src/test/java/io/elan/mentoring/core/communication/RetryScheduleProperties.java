package io.elan.mentoring.core.communication;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.communication.internal.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

class RetryScheduleProperties {

    private static final Instant FAILED_AT = Instant.parse("2026-11-26T09:00:00Z");

    @Property(tries = 300)
    void theWaitDoublesUpToTheCeilingPlusAtMostTheJitterAndHonoursRetryAfter(
            @ForAll @StringLength(min = 1, max = 40) String key,
            @ForAll @IntRange(min = 1, max = 100) int attempt,
            @ForAll @LongRange(min = 1, max = 600) long firstSeconds,
            @ForAll @LongRange(min = 0, max = 86_400) long extraCeilingSeconds,
            @ForAll @DoubleRange(min = 0, max = 1) double jitter,
            @ForAll @LongRange(min = 0, max = 200_000) long retryAfterSeconds) {
        Duration first = Duration.ofSeconds(firstSeconds);
        Duration max = first.plusSeconds(extraCeilingSeconds);
        RetrySchedule schedule = new RetrySchedule(first, max, jitter);

        Duration wait = Duration.between(FAILED_AT, schedule.next(key, attempt, FAILED_AT, null));
        Duration base = first;
        for (int doubling = 1; doubling < attempt && base.compareTo(max) < 0; doubling++) {
            base = base.multipliedBy(2);
        }
        if (base.compareTo(max) > 0) {
            base = max;
        }

        assertThat(wait).isBetween(base, base.plusMillis((long) (base.toMillis() * jitter)));
        assertThat(schedule.next(key, attempt, FAILED_AT, null)).isEqualTo(FAILED_AT.plus(wait));
        Duration retryAfter = Duration.ofSeconds(retryAfterSeconds);
        assertThat(Duration.between(FAILED_AT, schedule.next(key, attempt, FAILED_AT, retryAfter)))
                .isGreaterThanOrEqualTo(retryAfter).isGreaterThanOrEqualTo(wait);
    }
}
