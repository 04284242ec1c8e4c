package io.elan.mentoring.spi.program;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.Versioned;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One dated occurrence of a ritual (temps d'animation): a webinar, a lunch, a capsule, the mid-point workshop, a
 * monthly message.
 *
 * @param id the touchpoint, unique in its program
 * @param program the program
 * @param format the animation format
 * @param theme what it is about, 1 to 200 characters on a single line (it is part of the subject of the useful
 *     replay), so no line break, tab or other control character
 * @param start when it starts
 * @param end when it ends: after the start for formats people attend, equal to it for a message
 * @param mode in person, remote, hybrid, or asynchronous for a message
 * @param audience who it is for
 * @param status planned, held or cancelled
 * @param version the stored version: 0 for a touchpoint never stored
 */
public record Touchpoint(@NotNull @Valid TouchpointId id, @NotNull @Valid ProgramId program, @NotNull Format format,
        @NotBlank @Size(max = Touchpoint.MAX_THEME_LENGTH) String theme, @NotNull Instant start, @NotNull Instant end,
        @NotNull DeliveryMode mode, @NotNull Audience audience, @NotNull TouchpointStatus status,
        @PositiveOrZero long version) implements Versioned<Touchpoint> {

    /** Longest theme, in characters. */
    public static final int MAX_THEME_LENGTH = 200;

    /**
     * Validates every field; the message names the field and the rule.
     *
     * @param id the touchpoint, unique in its program
     * @param program the program
     * @param format the animation format
     * @param theme what it is about, 1 to 200 characters on a single line (it is part of the subject of the useful
     *         replay), so no line break, tab or other control character
     * @param start when it starts
     * @param end when it ends: after the start for formats people attend, equal to it for a message
     * @param mode in person, remote, hybrid, or asynchronous for a message
     * @param audience who it is for
     * @param status planned, held or cancelled
     * @param version the stored version: 0 for a touchpoint never stored
     */
    public Touchpoint {
        Checks.present(id, "id");
        Checks.present(program, "program");
        Checks.present(format, "format");
        Checks.line(theme, "theme", MAX_THEME_LENGTH);
        Checks.instant(start, "start");
        Checks.instant(end, "end");
        Checks.present(mode, "mode");
        Checks.present(audience, "audience");
        Checks.present(status, "status");
        if (format.isSynchronous()) {
            if (!end.isAfter(start)) {
                throw new InvalidValueException("end", "must be after start (" + start + ") for a " + format, end);
            }
            if (mode == DeliveryMode.ASYNCHRONOUS) {
                throw new InvalidValueException("mode", "must not be ASYNCHRONOUS for a " + format, mode);
            }
        } else {
            if (!end.equals(start)) {
                throw new InvalidValueException("end", "must equal start (" + start + ") for a " + format, end);
            }
            if (mode != DeliveryMode.ASYNCHRONOUS) {
                throw new InvalidValueException("mode", "must be ASYNCHRONOUS for a " + format, mode);
            }
        }
        Checks.notNegative(version, "version");
    }

    /** @return how long it lasts; zero for a message */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** @return a builder: REMOTE (ASYNCHRONOUS for a message), BOTH communities, PLANNED, version 0 unless set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this touchpoint's values */
    public Builder toBuilder() {
        return new Builder().id(id).program(program).format(format).theme(theme).start(start).end(end).mode(mode)
                .audience(audience).status(status).version(version);
    }

    /**
     * @param newStatus the status
     * @return this touchpoint with another status
     */
    public Touchpoint withStatus(TouchpointStatus newStatus) {
        return toBuilder().status(newStatus).build();
    }

    /**
     * @param newVersion the version
     * @return this touchpoint with another version; stores use it to return what they stored
     */
    @Override
    public Touchpoint withVersion(long newVersion) {
        return toBuilder().version(newVersion).build();
    }

    /** Builds a {@link Touchpoint}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder extends ProgramEntityBuilder<TouchpointId, Touchpoint, Builder> {
        private @Nullable Format format;
        private @Nullable String theme;
        private @Nullable Instant start;
        private @Nullable Instant end;
        private @Nullable DeliveryMode mode;
        private Audience audience = Audience.BOTH;
        private TouchpointStatus status = TouchpointStatus.PLANNED;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param value the format
         * @return this builder
         */
        public Builder format(Format value) { this.format = value; return this; }

        /**
         * @param value the theme
         * @return this builder
         */
        public Builder theme(String value) { this.theme = value; return this; }

        /**
         * @param value the start
         * @return this builder
         */
        public Builder start(Instant value) { this.start = value; return this; }

        /**
         * @param value the end
         * @return this builder
         */
        public Builder end(Instant value) { this.end = value; return this; }

        /**
         * Sets the end from the start; call after {@link #start(Instant)}.
         *
         * @param value the duration
         * @return this builder
         */
        public Builder duration(Duration value) {
            Checks.present(start, "start");
            this.end = start.plus(value);
            return this;
        }

        /**
         * @param value the mode
         * @return this builder
         */
        public Builder mode(DeliveryMode value) { this.mode = value; return this; }

        /**
         * @param value the audience
         * @return this builder
         */
        public Builder audience(Audience value) { this.audience = value; return this; }

        /**
         * @param value the status
         * @return this builder
         */
        public Builder status(TouchpointStatus value) { this.status = value; return this; }

        /**
         * @return the touchpoint; without a mode, a synchronous format is {@link DeliveryMode#REMOTE} and any other
         *     {@link DeliveryMode#ASYNCHRONOUS}, and without an end, an asynchronous format ends when it starts
         * @throws InvalidValueException naming every field that is missing or breaks a rule
         */
        @Override
        public Touchpoint build() {
            DeliveryMode m = mode;
            if (m == null && format != null) {
                m = format.isSynchronous() ? DeliveryMode.REMOTE : DeliveryMode.ASYNCHRONOUS;
            }
            Instant e = end;
            if (e == null && start != null && format != null && !format.isSynchronous()) {
                e = start;
            }
            return new Touchpoint(id, program, format, theme, start, e, m, audience, status, version);
        }
    }
}
