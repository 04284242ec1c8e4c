package io.elan.mentoring.core.hotline;

import io.elan.mentoring.spi.program.HotlineRequest;
import java.time.Instant;
import java.util.Objects;

/**
 * A hotline request that has not been answered within the program's response target.
 *
 * @param request the request, still {@code OPEN} or {@code ASSIGNED}
 * @param answerDueBy when the answer was due: the raising time of day, the target's number of working days later in
 *     the program's zone
 */
public record OverdueHotlineRequest(HotlineRequest request, Instant answerDueBy) {
    /**
     * Checks that both fields are present.
     *
     * @param request the request, still {@code OPEN} or {@code ASSIGNED}
     * @param answerDueBy when the answer was due: the raising time of day, the target's number of working days later in
     *         the program's zone
     */
    public OverdueHotlineRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(answerDueBy, "answerDueBy");
    }
}
