package io.elan.mentoring.spi.program;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.Versioned;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An individual follow-up call (appel de suivi) to one mentor or mentee, due within a window of days in the
 * participant's own zone, then logged with an outcome.
 *
 * @param id the call, unique in its program
 * @param program the program
 * @param person the participant to call
 * @param dueFrom the first day of the window, in the participant's zone
 * @param dueBy the last day of the window; the call is overdue after it
 * @param status planned, logged or cancelled
 * @param outcome what came of it; present exactly when the status is {@link CallStatus#LOGGED}
 * @param loggedAt when it was logged; present exactly when the status is {@link CallStatus#LOGGED}
 * @param notes notes of the call or why it was cancelled, at most 2,000 characters
 * @param version the stored version: 0 for a call never stored
 */
public record FollowUpCall(@NotNull @Valid FollowUpCallId id, @NotNull @Valid ProgramId program,
        @NotNull @Valid PersonId person, @NotNull LocalDate dueFrom, @NotNull LocalDate dueBy,
        @NotNull CallStatus status, @Nullable CallOutcome outcome, @Nullable Instant loggedAt,
        @Nullable @Size(max = 2000) String notes, @PositiveOrZero long version) implements Versioned<FollowUpCall> {

    /**
     * Validates every field and that the status and the optional fields agree.
     *
     * @param id the call, unique in its program
     * @param program the program
     * @param person the participant to call
     * @param dueFrom the first day of the window, in the participant's zone
     * @param dueBy the last day of the window; the call is overdue after it
     * @param status planned, logged or cancelled
     * @param outcome what came of it; present exactly when the status is {@link CallStatus#LOGGED}
     * @param loggedAt when it was logged; present exactly when the status is {@link CallStatus#LOGGED}
     * @param notes notes of the call or why it was cancelled, at most 2,000 characters
     * @param version the stored version: 0 for a call never stored
     */
    public FollowUpCall {
        Checks.present(id, "id");
        Checks.present(program, "program");
        Checks.present(person, "person");
        Checks.date(dueFrom, "dueFrom");
        Checks.date(dueBy, "dueBy");
        if (dueBy.isBefore(dueFrom)) {
            throw new InvalidValueException("dueBy", "must not be before dueFrom (" + dueFrom + ")", dueBy);
        }
        Checks.present(status, "status");
        if (status == CallStatus.LOGGED) {
            Checks.present(outcome, "outcome");
            Checks.instant(loggedAt, "loggedAt");
        } else if (outcome != null || loggedAt != null) {
            throw new InvalidValueException(outcome != null ? "outcome" : "loggedAt",
                    "must be empty unless the call is LOGGED", status);
        }
        if (notes != null) {
            Checks.boundedText(notes, "notes", 2000);
        }
        Checks.notNegative(version, "version");
    }

    /**
     * A call to plan, never stored.
     *
     * @param id the call
     * @param program the program
     * @param person who to call
     * @param dueFrom first day of the window
     * @param dueBy last day of the window
     * @return the call
     */
    public static FollowUpCall planned(FollowUpCallId id, ProgramId program, PersonId person, LocalDate dueFrom,
            LocalDate dueBy) {
        return new FollowUpCall(id, program, person, dueFrom, dueBy, CallStatus.PLANNED, null, null, null, 0);
    }

    /**
     * @param result what came of it
     * @param at when it was logged
     * @param callNotes notes, if any
     * @return this call logged
     */
    public FollowUpCall logged(CallOutcome result, Instant at, @Nullable String callNotes) {
        return new FollowUpCall(id, program, person, dueFrom, dueBy, CallStatus.LOGGED, result, at, callNotes,
                version);
    }

    /**
     * @param reason why it is no longer needed
     * @return this call cancelled
     */
    public FollowUpCall cancelled(String reason) {
        return new FollowUpCall(id, program, person, dueFrom, dueBy, CallStatus.CANCELLED, null, null, reason,
                version);
    }

    /**
     * @param newVersion the version
     * @return this call with another version; stores use it to return what they stored
     */
    @Override
    public FollowUpCall withVersion(long newVersion) {
        return new FollowUpCall(id, program, person, dueFrom, dueBy, status, outcome, loggedAt, notes, newVersion);
    }

    /**
     * @param today a day in the participant's zone
     * @return whether the call is still planned after its window closed
     */
    public boolean isOverdueOn(LocalDate today) {
        return status == CallStatus.PLANNED && today.isAfter(dueBy);
    }

    /**
     * @return a builder with no field set but the status, {@link CallStatus#PLANNED}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this FollowUpCall's values, to change some of them
     */
    public Builder toBuilder() {
        return new Builder().id(id).program(program).person(person).window(dueFrom, dueBy).status(status)
                .outcome(outcome).loggedAt(loggedAt).notes(notes).version(version);
    }

    /** Builds a {@link FollowUpCall}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder extends ProgramEntityBuilder<FollowUpCallId, FollowUpCall, Builder> {
        private @Nullable PersonId person;
        private @Nullable LocalDate dueFrom;
        private @Nullable LocalDate dueBy;
        private CallStatus status = CallStatus.PLANNED;
        private @Nullable CallOutcome outcome;
        private @Nullable Instant loggedAt;
        private @Nullable String notes;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param value the participant to call
         * @return this builder
         */
        public Builder person(PersonId value) { person = value; return this; }

        /**
         * The window the call is due in, in the participant's zone; the call is overdue after its last day.
         *
         * @param from the first day of the window
         * @param by the last day of the window, not before the first
         * @return this builder
         */
        public Builder window(LocalDate from, LocalDate by) {
            dueFrom = from;
            dueBy = by;
            return this;
        }

        /**
         * @param value planned, logged or cancelled; {@link CallStatus#PLANNED} unless set
         * @return this builder
         */
        public Builder status(CallStatus value) { status = value; return this; }

        /**
         * @param value what came of it; present exactly when the status is {@link CallStatus#LOGGED}
         * @return this builder
         */
        public Builder outcome(@Nullable CallOutcome value) { outcome = value; return this; }

        /**
         * @param value when it was logged; present exactly when the status is {@link CallStatus#LOGGED}
         * @return this builder
         */
        public Builder loggedAt(@Nullable Instant value) { loggedAt = value; return this; }

        /**
         * @param value notes of the call or why it was cancelled, at most 2,000 characters
         * @return this builder
         */
        public Builder notes(@Nullable String value) { notes = value; return this; }

        /**
         * @return the FollowUpCall
         * @throws io.elan.mentoring.spi.InvalidValueException naming every field that is missing or breaks a rule
         */
        @Override
        public FollowUpCall build() {
            return new FollowUpCall(id, program, person, dueFrom, dueBy, status, outcome, loggedAt, notes, version);
        }
    }
}
