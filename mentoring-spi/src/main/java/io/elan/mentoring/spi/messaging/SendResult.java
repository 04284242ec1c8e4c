package io.elan.mentoring.spi.messaging;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What became of one send.
 *
 * @param status delivered, or which kind of failure
 * @param detail why it failed (required for failures, at most 1,000 characters), or a provider's message id
 * @param retryAfter for a retryable failure, how long the provider asked to wait, if it said
 */
public record SendResult(Status status, @Nullable String detail, @Nullable Duration retryAfter) {

    /** The outcome of a send. */
    public enum Status {
        /** The provider accepted the message. */
        DELIVERED,
        /** Not sent now; the same message may succeed later (timeout, rate limit, provider down). */
        RETRYABLE_FAILURE,
        /** Will never succeed as it is (unknown recipient, rejected content, unsupported channel). */
        PERMANENT_FAILURE
    }

    /**
     * Validates that failures say why.
     *
     * @param status delivered, or which kind of failure
     * @param detail why it failed (required for failures, at most 1,000 characters), or a provider's message id
     * @param retryAfter for a retryable failure, how long the provider asked to wait, if it said
     */
    public SendResult {
        Checks.present(status, "status");
        if (status != Status.DELIVERED) {
            Checks.text(detail, "detail", 1000);
        } else if (detail != null) {
            Checks.boundedText(detail, "detail", 1000);
        }
        if (retryAfter != null && (status != Status.RETRYABLE_FAILURE || retryAfter.isNegative())) {
            throw new InvalidValueException("retryAfter", "is only for a retryable failure and must not be negative",
                    retryAfter);
        }
    }

    /** @return a delivery */
    public static SendResult delivered() {
        return new SendResult(Status.DELIVERED, null, null);
    }

    /**
     * @param reason why it failed
     * @return a failure worth retrying
     */
    public static SendResult retryable(String reason) {
        return new SendResult(Status.RETRYABLE_FAILURE, reason, null);
    }

    /**
     * @param reason why it failed
     * @return a failure that will not go away
     */
    public static SendResult permanent(String reason) {
        return new SendResult(Status.PERMANENT_FAILURE, reason, null);
    }
}
