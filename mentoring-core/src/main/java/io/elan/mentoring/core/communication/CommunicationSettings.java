package io.elan.mentoring.core.communication;

import io.elan.mentoring.core.communication.delivery.QuietHours;
import io.elan.mentoring.core.communication.delivery.SendingHours;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.messaging.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How communication sends: batch size and lease of the outbox dispatcher, the retry schedule, when messages may leave
 * (sending hours, and quiet hours per channel), when useful replays go out, and the channel to fall back on when a
 * participant's preferred one cannot be used. Immutable and thread-safe.
 *
 * @param batchSize how many messages one claim takes from the outbox
 * @param lease how long a claim lasts; a claim not settled by then is sent again by whoever claims it next. The
 *     dispatcher starts no send once a claim's lease has run out, and renews the lease once half of it is gone
 * @param maxAttempts how many times a message is claimed for sending before it is dead-lettered
 * @param firstRetryDelay the wait after the first retryable failure; it doubles with each attempt
 * @param maxRetryDelay the longest wait between two attempts, before jitter, also when a provider asks for a longer
 *     one; at most {@link #LONGEST_RETRY_DELAY}
 * @param jitter the share of a wait added at random (derived from the message's key, so reproducible), 0 to 1
 * @param maxBatchesPerRun how many claims one {@code runDue} call makes at most, to keep each call short
 * @param quietHours when instant channels keep silent, in the recipient's zone
 * @param sendingHours when any message may leave, in the recipient's zone: every message Élan writes is placed inside
 *     them and the dispatcher sends nothing outside them
 * @param replayDelay how long after a touchpoint ends its useful replay goes out, 0 to 7 days; moved into the
 *     sending hours, and never before the team gives the replay
 * @param fallbackChannel the channel used when the preferred one is unsupported or unreachable, if any
 */
public record CommunicationSettings(@Positive int batchSize, @NotNull Duration lease, @Positive int maxAttempts,
        @NotNull Duration firstRetryDelay, @NotNull Duration maxRetryDelay,
        @DecimalMin("0") @DecimalMax("1") double jitter, @Positive int maxBatchesPerRun, @NotNull QuietHours quietHours,
        @NotNull @Valid SendingHours sendingHours, @NotNull Duration replayDelay,
        @Nullable @Valid Channel fallbackChannel) {

    /** The longest {@code maxRetryDelay} allowed: a wait beyond a month is no longer a retry of a program's message. */
    public static final Duration LONGEST_RETRY_DELAY = Duration.ofDays(30);

    /** Longest wait between the end of a touchpoint and its useful replay. */
    public static final Duration MAX_REPLAY_DELAY = Duration.ofDays(7);

    private static final int MAX_ROUNDS = 16;

    /**
     * Validates every field and lists every violation.
     *
     * @param batchSize how many messages one claim takes from the outbox
     * @param lease how long a claim lasts; a claim not settled by then is sent again by whoever claims it next. The
     *         dispatcher starts no send once a claim's lease has run out, and renews the lease once half of it is gone
     * @param maxAttempts how many times a message is claimed for sending before it is dead-lettered
     * @param firstRetryDelay the wait after the first retryable failure; it doubles with each attempt
     * @param maxRetryDelay the longest wait between two attempts, before jitter, also when a provider asks for a longer
     *         one; at most {@link #LONGEST_RETRY_DELAY}
     * @param jitter the share of a wait added at random (derived from the message's key, so reproducible), 0 to 1
     * @param maxBatchesPerRun how many claims one {@code runDue} call makes at most, to keep each call short
     * @param quietHours when instant channels keep silent, in the recipient's zone
     * @param sendingHours when any message may leave, in the recipient's zone: every message Élan writes is placed
     *         inside them and the dispatcher sends nothing outside them
     * @param replayDelay how long after a touchpoint ends its useful replay goes out, 0 to 7 days; moved into the
     *         sending hours, and never before the team gives the replay
     * @param fallbackChannel the channel used when the preferred one is unsupported or unreachable, if any
     */
    public CommunicationSettings {
        List<Violation> violations = new ArrayList<>();
        if (batchSize < 1) {
            violations.add(Violation.of("batchSize", "must be at least 1", batchSize));
        }
        positive(lease, "lease", violations);
        if (maxAttempts < 1) {
            violations.add(Violation.of("maxAttempts", "must be at least 1", maxAttempts));
        }
        positive(firstRetryDelay, "firstRetryDelay", violations);
        positive(maxRetryDelay, "maxRetryDelay", violations);
        if (maxRetryDelay != null && maxRetryDelay.compareTo(LONGEST_RETRY_DELAY) > 0) {
            violations.add(Violation.of("maxRetryDelay", "must be at most " + LONGEST_RETRY_DELAY.toDays() + " days",
                    maxRetryDelay));
        }
        if (firstRetryDelay != null && maxRetryDelay != null && maxRetryDelay.compareTo(firstRetryDelay) < 0) {
            violations.add(Violation.of("maxRetryDelay", "must not be shorter than firstRetryDelay", maxRetryDelay));
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            violations.add(Violation.of("jitter", "must be between 0 and 1", jitter));
        }
        if (maxBatchesPerRun < 1) {
            violations.add(Violation.of("maxBatchesPerRun", "must be at least 1", maxBatchesPerRun));
        }
        if (quietHours == null) {
            violations.add(Violation.of("quietHours", "is required"));
        }
        if (sendingHours == null) {
            violations.add(Violation.of("sendingHours", "is required"));
        }
        if (replayDelay == null) {
            violations.add(Violation.of("replayDelay", "is required"));
        } else if (replayDelay.isNegative() || replayDelay.compareTo(MAX_REPLAY_DELAY) > 0) {
            violations.add(Violation.of("replayDelay", "must be between 0 and 7 days", replayDelay));
        }
        if (quietHours != null && sendingHours != null) {
            for (Channel channel : quietHours.channels().stream().sorted(Comparator.comparing(Channel::name))
                    .toList()) {
                if (settle(quietHours, sendingHours, Instant.EPOCH, ZoneOffset.UTC, channel) == null) {
                    violations.add(Violation.of("sendingHours", "must leave some time outside the quiet hours of "
                            + channel + " (" + quietHours.start() + "–" + quietHours.end() + ")",
                            sendingHours.from() + "–" + sendingHours.until()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    /**
     * The first instant from {@code at} at which a message may leave on a channel: inside the sending hours and, on a
     * channel that keeps quiet at night, outside its quiet hours, both read in the recipient's zone.
     *
     * @param at when the message would leave
     * @param zone the recipient's zone
     * @param channel the channel it leaves on
     * @return {@code at}, or the next instant allowed
     */
    public Instant nextAllowed(Instant at, ZoneId zone, Channel channel) {
        Instant allowed = settle(quietHours, sendingHours, at, zone, channel);
        if (allowed == null) {
            throw new IllegalStateException("no time left to send on " + channel + " in " + zone);
        }
        return allowed;
    }

    /**
     * Moves an instant forward until both windows allow it. Each window only ever moves it forward, so alternating
     * them settles within a few rounds, unless the quiet hours cover the sending hours entirely.
     *
     * @return the instant, or null if the windows leave no time at all
     */
    private static @Nullable Instant settle(QuietHours quiet, SendingHours sending, Instant at, ZoneId zone,
            Channel channel) {
        Instant candidate = at;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Instant inHours = sending.nextAllowed(candidate, zone);
            Instant outOfQuiet = quiet.nextAllowed(inHours, zone, channel);
            if (outOfQuiet.equals(inHours)) {
                return inHours;
            }
            candidate = outOfQuiet;
        }
        return null;
    }

    private static void positive(@Nullable Duration value, String field, List<Violation> violations) {
        if (value == null) {
            violations.add(Violation.of(field, "is required"));
        } else if (value.isNegative() || value.isZero()) {
            violations.add(Violation.of(field, "must be positive", value));
        }
    }

    /** @return the defaults: see {@link Builder} */
    public static CommunicationSettings defaults() {
        return builder().build();
    }

    /**
     * @return a builder holding the defaults: batches of 100, 5-minute lease, 8 attempts, retries from 1 minute up to
     *     6 hours with 20% jitter, 20 batches per run, quiet nights on WhatsApp and SMS, sending hours Monday to
     *     Friday 09:00–18:00, useful replays 2 hours after the touchpoint ends, e-mail as fallback
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these settings */
    public Builder toBuilder() {
        return new Builder().batchSize(batchSize).lease(lease).maxAttempts(maxAttempts)
                .firstRetryDelay(firstRetryDelay).maxRetryDelay(maxRetryDelay).jitter(jitter)
                .maxBatchesPerRun(maxBatchesPerRun).quietHours(quietHours).sendingHours(sendingHours)
                .replayDelay(replayDelay).fallbackChannel(fallbackChannel);
    }

    /** Builds {@link CommunicationSettings}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder {
        private int batchSize = 100;
        private Duration lease = Duration.ofMinutes(5);
        private int maxAttempts = 8;
        private Duration firstRetryDelay = Duration.ofMinutes(1);
        private Duration maxRetryDelay = Duration.ofHours(6);
        private double jitter = 0.2;
        private int maxBatchesPerRun = 20;
        private QuietHours quietHours = QuietHours.nightsOnInstantChannels();
        private SendingHours sendingHours = SendingHours.officeHours();
        private Duration replayDelay = Duration.ofHours(2);
        private @Nullable Channel fallbackChannel = Channel.EMAIL;

        private Builder() {}

        /**
         * @param value messages per claim
         * @return this builder
         */
        public Builder batchSize(int value) { batchSize = value; return this; }

        /**
         * @param value how long a claim lasts
         * @return this builder
         */
        public Builder lease(Duration value) { lease = value; return this; }

        /**
         * @param value claims before dead-lettering
         * @return this builder
         */
        public Builder maxAttempts(int value) { maxAttempts = value; return this; }

        /**
         * @param value the first wait
         * @return this builder
         */
        public Builder firstRetryDelay(Duration value) { firstRetryDelay = value; return this; }

        /**
         * @param value the longest wait
         * @return this builder
         */
        public Builder maxRetryDelay(Duration value) { maxRetryDelay = value; return this; }

        /**
         * @param value the random share of a wait, 0 to 1
         * @return this builder
         */
        public Builder jitter(double value) { jitter = value; return this; }

        /**
         * @param value claims per run
         * @return this builder
         */
        public Builder maxBatchesPerRun(int value) { maxBatchesPerRun = value; return this; }

        /**
         * @param value quiet hours
         * @return this builder
         */
        public Builder quietHours(QuietHours value) { quietHours = value; return this; }

        /**
         * @param value when any message may leave; Monday to Friday 09:00–18:00 unless set
         * @return this builder
         */
        public Builder sendingHours(SendingHours value) { sendingHours = value; return this; }

        /**
         * @param value how long after a touchpoint ends its useful replay goes out, 0 to 7 days; 2 hours unless set
         * @return this builder
         */
        public Builder replayDelay(Duration value) { replayDelay = value; return this; }

        /**
         * @param value the fallback channel, or {@code null} for none
         * @return this builder
         */
        public Builder fallbackChannel(@Nullable Channel value) { fallbackChannel = value; return this; }

        /**
         * @return the settings
         * @throws InvalidValueException listing every violation
         */
        public CommunicationSettings build() {
            return new CommunicationSettings(batchSize, lease, maxAttempts, firstRetryDelay, maxRetryDelay, jitter,
                    maxBatchesPerRun, quietHours, sendingHours, replayDelay, fallbackChannel);
        }
    }
}
