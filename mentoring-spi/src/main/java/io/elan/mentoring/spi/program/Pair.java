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
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One mentor with one mentee (binôme).
 *
 * @param id the pair, unique in its program
 * @param program the program
 * @param mentor the mentor
 * @param mentee the mentee; never the mentor
 * @param status where the pair stands
 * @param formedOn the day the pair was formed, in the program's zone
 * @param endedOn the day it ended; present exactly when the status is {@link PairStatus#ENDED}
 * @param endReason why it ended, 1 to 500 characters; present exactly when the status is {@link PairStatus#ENDED}
 * @param version the stored version: 0 for a pair never stored
 */
public record Pair(@NotNull @Valid PairId id, @NotNull @Valid ProgramId program, @NotNull @Valid PersonId mentor,
        @NotNull @Valid PersonId mentee, @NotNull PairStatus status, @NotNull LocalDate formedOn,
        @Nullable LocalDate endedOn, @Nullable @Size(max = Pair.MAX_REASON_LENGTH) String endReason,
        @PositiveOrZero long version) implements Versioned<Pair> {

    /** Longest end reason, in characters. */
    public static final int MAX_REASON_LENGTH = 500;

    /**
     * Validates every field; the message names the field and the rule.
     *
     * @param id the pair, unique in its program
     * @param program the program
     * @param mentor the mentor
     * @param mentee the mentee; never the mentor
     * @param status where the pair stands
     * @param formedOn the day the pair was formed, in the program's zone
     * @param endedOn the day it ended; present exactly when the status is {@link PairStatus#ENDED}
     * @param endReason why it ended, 1 to 500 characters; present exactly when the status is {@link PairStatus#ENDED}
     * @param version the stored version: 0 for a pair never stored
     */
    public Pair {
        Checks.present(id, "id");
        Checks.present(program, "program");
        Checks.present(mentor, "mentor");
        Checks.present(mentee, "mentee");
        if (mentor.equals(mentee)) {
            throw new InvalidValueException("mentee", "must be a different person from the mentor", mentee);
        }
        Checks.present(status, "status");
        Checks.date(formedOn, "formedOn");
        if (status == PairStatus.ENDED) {
            Checks.date(endedOn, "endedOn");
            Checks.text(endReason, "endReason", MAX_REASON_LENGTH);
            if (endedOn.isBefore(formedOn)) {
                throw new InvalidValueException("endedOn", "must not be before formedOn (" + formedOn + ")", endedOn);
            }
        } else if (endedOn != null || endReason != null) {
            throw new InvalidValueException(endedOn != null ? "endedOn" : "endReason",
                    "must be empty unless the pair is ENDED", status);
        }
        Checks.notNegative(version, "version");
    }

    /**
     * A pair formed today and active, never stored.
     *
     * @param id the pair
     * @param program the program
     * @param mentor the mentor
     * @param mentee the mentee
     * @param formedOn the day it was formed
     * @return the pair
     */
    public static Pair formed(PairId id, ProgramId program, PersonId mentor, PersonId mentee, LocalDate formedOn) {
        return new Pair(id, program, mentor, mentee, PairStatus.ACTIVE, formedOn, null, null, 0);
    }

    /** @return this pair on hold */
    public Pair paused() {
        return new Pair(id, program, mentor, mentee, PairStatus.PAUSED, formedOn, null, null, version);
    }

    /** @return this pair active again */
    public Pair resumed() {
        return new Pair(id, program, mentor, mentee, PairStatus.ACTIVE, formedOn, null, null, version);
    }

    /**
     * @param on the day it ended
     * @param reason why
     * @return this pair ended
     */
    public Pair ended(LocalDate on, String reason) {
        return new Pair(id, program, mentor, mentee, PairStatus.ENDED, formedOn, on, reason, version);
    }

    /**
     * @param newVersion the version
     * @return this pair with another version; stores use it to return what they stored
     */
    @Override
    public Pair withVersion(long newVersion) {
        return new Pair(id, program, mentor, mentee, status, formedOn, endedOn, endReason, newVersion);
    }

    /**
     * @param person a person
     * @return whether the person is this pair's mentor or mentee
     */
    public boolean involves(PersonId person) {
        return mentor.equals(person) || mentee.equals(person);
    }

    /**
     * @return a builder with no field set but the status, {@link PairStatus#ACTIVE}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this Pair's values, to change some of them
     */
    public Builder toBuilder() {
        return new Builder().id(id).program(program).mentor(mentor).mentee(mentee).status(status).formedOn(formedOn)
                .ending(endedOn, endReason).version(version);
    }

    /** Builds a {@link Pair}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder extends ProgramEntityBuilder<PairId, Pair, Builder> {
        private @Nullable PersonId mentor;
        private @Nullable PersonId mentee;
        private PairStatus status = PairStatus.ACTIVE;
        private @Nullable LocalDate formedOn;
        private @Nullable LocalDate endedOn;
        private @Nullable String endReason;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param value the mentor
         * @return this builder
         */
        public Builder mentor(PersonId value) { mentor = value; return this; }

        /**
         * @param value the mentee; never the mentor
         * @return this builder
         */
        public Builder mentee(PersonId value) { mentee = value; return this; }

        /**
         * @param value where the pair stands; {@link PairStatus#ACTIVE} unless set
         * @return this builder
         */
        public Builder status(PairStatus value) { status = value; return this; }

        /**
         * @param value the day the pair was formed, in the program's zone
         * @return this builder
         */
        public Builder formedOn(LocalDate value) { formedOn = value; return this; }

        /**
         * The end of the pair, set together because neither goes without the other: both present exactly when the
         * status is {@link PairStatus#ENDED}, both empty otherwise.
         *
         * @param on the day it ended
         * @param reason why it ended, 1 to 500 characters
         * @return this builder
         */
        public Builder ending(@Nullable LocalDate on, @Nullable String reason) {
            endedOn = on;
            endReason = reason;
            return this;
        }

        /**
         * @return the Pair
         * @throws io.elan.mentoring.spi.InvalidValueException naming every field that is missing or breaks a rule
         */
        @Override
        public Pair build() {
            return new Pair(id, program, mentor, mentee, status, formedOn, endedOn, endReason, version);
        }
    }
}
