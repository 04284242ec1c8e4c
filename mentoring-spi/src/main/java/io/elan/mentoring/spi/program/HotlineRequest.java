package io.elan.mentoring.spi.program;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.Versioned;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A question or a difficulty a participant raised on the hotline, tracked until it is answered and closed.
 *
 * @param id the request, unique in its program
 * @param program the program
 * @param raisedBy the participant who raised it
 * @param topic question or difficulty
 * @param subject a short title, 1 to 200 characters on a single line (it may become a subject), so no line break,
 *     tab or other control character
 * @param details what the participant wrote, at most 4,000 characters (may be empty)
 * @param raisedAt when it was raised
 * @param status where it stands
 * @param assignee who of the program team handles it; present from {@link HotlineStatus#ASSIGNED} on
 * @param answer the answer given, 1 to 4,000 characters; present from {@link HotlineStatus#ANSWERED} on
 * @param answeredAt when it was answered; present exactly when {@code answer} is
 * @param closedAt when it was closed; present exactly when the status is {@link HotlineStatus#CLOSED}
 * @param version the stored version: 0 for a request never stored
 */
public record HotlineRequest(@NotNull @Valid HotlineRequestId id, @NotNull @Valid ProgramId program,
        @NotNull @Valid PersonId raisedBy, @NotNull HotlineTopic topic, @NotBlank @Size(max = 200) String subject,
        @NotNull @Size(max = 4000) String details, @NotNull Instant raisedAt, @NotNull HotlineStatus status,
        @Nullable @Valid PersonId assignee, @Nullable @Size(max = 4000) String answer, @Nullable Instant answeredAt,
        @Nullable Instant closedAt, @PositiveOrZero long version) implements Versioned<HotlineRequest> {

    /**
     * Validates every field and that the status and the optional fields agree.
     *
     * @param id the request, unique in its program
     * @param program the program
     * @param raisedBy the participant who raised it
     * @param topic question or difficulty
     * @param subject a short title, 1 to 200 characters on a single line (it may become a subject), so no line break,
     *         tab or other control character
     * @param details what the participant wrote, at most 4,000 characters (may be empty)
     * @param raisedAt when it was raised
     * @param status where it stands
     * @param assignee who of the program team handles it; present from {@link HotlineStatus#ASSIGNED} on
     * @param answer the answer given, 1 to 4,000 characters; present from {@link HotlineStatus#ANSWERED} on
     * @param answeredAt when it was answered; present exactly when {@code answer} is
     * @param closedAt when it was closed; present exactly when the status is {@link HotlineStatus#CLOSED}
     * @param version the stored version: 0 for a request never stored
     */
    public HotlineRequest {
        Checks.present(id, "id");
        Checks.present(program, "program");
        Checks.present(raisedBy, "raisedBy");
        Checks.present(topic, "topic");
        Checks.line(subject, "subject", 200);
        Checks.boundedText(details, "details", 4000);
        Checks.instant(raisedAt, "raisedAt");
        Checks.present(status, "status");
        if (status == HotlineStatus.OPEN && assignee != null) {
            throw new InvalidValueException("assignee", "must be empty while the request is OPEN", assignee);
        }
        if (status == HotlineStatus.ASSIGNED) {
            Checks.present(assignee, "assignee");
        }
        if (status == HotlineStatus.ANSWERED) {
            Checks.present(answer, "answer");
        }
        if (answer != null) {
            if (status != HotlineStatus.ANSWERED && status != HotlineStatus.CLOSED) {
                throw new InvalidValueException("answer", "must be empty before the request is ANSWERED", status);
            }
            Checks.text(answer, "answer", 4000);
            Checks.instant(answeredAt, "answeredAt");
            if (answeredAt.isBefore(raisedAt)) {
                throw new InvalidValueException("answeredAt", "must not be before raisedAt (" + raisedAt + ")",
                        answeredAt);
            }
        } else if (answeredAt != null) {
            throw new InvalidValueException("answeredAt", "must be empty while there is no answer", answeredAt);
        }
        if (status == HotlineStatus.CLOSED) {
            Checks.instant(closedAt, "closedAt");
            if (closedAt.isBefore(raisedAt)) {
                throw new InvalidValueException("closedAt", "must not be before raisedAt (" + raisedAt + ")", closedAt);
            }
        } else if (closedAt != null) {
            throw new InvalidValueException("closedAt", "must be empty unless the request is CLOSED", status);
        }
        Checks.notNegative(version, "version");
    }

    /**
     * A request just raised, open and never stored.
     *
     * @param id the request
     * @param program the program
     * @param raisedBy who raised it
     * @param topic question or difficulty
     * @param subject a short title
     * @param details what they wrote
     * @param raisedAt when
     * @return the request
     */
    public static HotlineRequest raised(HotlineRequestId id, ProgramId program, PersonId raisedBy, HotlineTopic topic,
            String subject, String details, Instant raisedAt) {
        return new HotlineRequest(id, program, raisedBy, topic, subject, details, raisedAt, HotlineStatus.OPEN, null,
                null, null, null, 0);
    }

    /**
     * @param to who handles it
     * @return this request assigned
     */
    public HotlineRequest assignedTo(PersonId to) {
        return new HotlineRequest(id, program, raisedBy, topic, subject, details, raisedAt, HotlineStatus.ASSIGNED, to,
                null, null, null, version);
    }

    /**
     * @param text the answer
     * @param at when it was given
     * @return this request answered
     */
    public HotlineRequest answered(String text, Instant at) {
        return new HotlineRequest(id, program, raisedBy, topic, subject, details, raisedAt, HotlineStatus.ANSWERED,
                assignee, text, at, null, version);
    }

    /**
     * @param at when it was closed
     * @return this request closed
     */
    public HotlineRequest closed(Instant at) {
        return new HotlineRequest(id, program, raisedBy, topic, subject, details, raisedAt, HotlineStatus.CLOSED,
                assignee, answer, answeredAt, at, version);
    }

    /**
     * @param newVersion the version
     * @return this request with another version; stores use it to return what they stored
     */
    @Override
    public HotlineRequest withVersion(long newVersion) {
        return new HotlineRequest(id, program, raisedBy, topic, subject, details, raisedAt, status, assignee, answer,
                answeredAt, closedAt, newVersion);
    }

    /**
     * @return a builder with no field set but the status, {@link HotlineStatus#OPEN}, and the details, empty
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this HotlineRequest's values, to change some of them
     */
    public Builder toBuilder() {
        return new Builder().id(id).program(program).raisedBy(raisedBy).topic(topic).subject(subject).details(details)
                .raisedAt(raisedAt).status(status).assignee(assignee).answer(answer, answeredAt).closedAt(closedAt)
                .version(version);
    }

    /** Builds a {@link HotlineRequest}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder extends ProgramEntityBuilder<HotlineRequestId, HotlineRequest, Builder> {
        private @Nullable PersonId raisedBy;
        private @Nullable HotlineTopic topic;
        private @Nullable String subject;
        private String details = "";
        private @Nullable Instant raisedAt;
        private HotlineStatus status = HotlineStatus.OPEN;
        private @Nullable PersonId assignee;
        private @Nullable String answer;
        private @Nullable Instant answeredAt;
        private @Nullable Instant closedAt;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param value the participant who raised it
         * @return this builder
         */
        public Builder raisedBy(PersonId value) { raisedBy = value; return this; }

        /**
         * @param value question or difficulty
         * @return this builder
         */
        public Builder topic(HotlineTopic value) { topic = value; return this; }

        /**
         * @param value a short title, 1 to 200 characters on a single line (it may become a subject), so no line break,
         *     tab or other control character
         * @return this builder
         */
        public Builder subject(String value) { subject = value; return this; }

        /**
         * @param value what the participant wrote, at most 4,000 characters; empty unless set
         * @return this builder
         */
        public Builder details(String value) { details = value; return this; }

        /**
         * @param value when it was raised
         * @return this builder
         */
        public Builder raisedAt(Instant value) { raisedAt = value; return this; }

        /**
         * @param value where it stands; {@link HotlineStatus#OPEN} unless set
         * @return this builder
         */
        public Builder status(HotlineStatus value) { status = value; return this; }

        /**
         * @param value who of the program team handles it; present from {@link HotlineStatus#ASSIGNED} on
         * @return this builder
         */
        public Builder assignee(@Nullable PersonId value) { assignee = value; return this; }

        /**
         * The answer, set with its instant because neither goes without the other: both present from
         * {@link HotlineStatus#ANSWERED} on, both empty before.
         *
         * @param text the answer given, 1 to 4,000 characters
         * @param at when it was answered, not before the request was raised
         * @return this builder
         */
        public Builder answer(@Nullable String text, @Nullable Instant at) {
            answer = text;
            answeredAt = at;
            return this;
        }

        /**
         * @param value when it was closed; present exactly when the status is {@link HotlineStatus#CLOSED}
         * @return this builder
         */
        public Builder closedAt(@Nullable Instant value) { closedAt = value; return this; }

        /**
         * @return the HotlineRequest
         * @throws io.elan.mentoring.spi.InvalidValueException naming every field that is missing or breaks a rule
         */
        @Override
        public HotlineRequest build() {
            return new HotlineRequest(id, program, raisedBy, topic, subject, details, raisedAt, status, assignee,
                    answer, answeredAt, closedAt, version);
        }
    }
}
