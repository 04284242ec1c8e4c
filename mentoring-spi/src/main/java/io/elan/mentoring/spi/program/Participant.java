package io.elan.mentoring.spi.program;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.Versioned;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person enrolled in one program's mentor or mentee community. A person has at most one participation per program;
 * the same person may be a mentor in one program and a mentee in another.
 *
 * @param program the program
 * @param person the person, as the people directory knows them
 * @param role the community: mentors or mentees
 * @param preferredChannel how they want to be reached
 * @param locale their language
 * @param zone their time zone: quiet hours and calls are read in it
 * @param status whether they still take part
 * @param enrolledOn the day they joined, in the program's zone
 * @param optOuts kinds of message they asked not to receive (such as {@code "monthly-message"}); at most 32
 * @param version the stored version: 0 for a participant never stored
 */
public record Participant(@NotNull @Valid ProgramId program, @NotNull @Valid PersonId person, @NotNull Role role,
        @NotNull @Valid Channel preferredChannel, @NotNull Locale locale, @NotNull ZoneId zone,
        @NotNull ParticipantStatus status, @NotNull LocalDate enrolledOn, @NotNull @Size(max = 32) Set<String> optOuts,
        @PositiveOrZero long version) implements Versioned<Participant> {

    /**
     * Validates every field; the message names the field and the rule.
     *
     * @param program the program
     * @param person the person, as the people directory knows them
     * @param role the community: mentors or mentees
     * @param preferredChannel how they want to be reached
     * @param locale their language
     * @param zone their time zone: quiet hours and calls are read in it
     * @param status whether they still take part
     * @param enrolledOn the day they joined, in the program's zone
     * @param optOuts kinds of message they asked not to receive (such as {@code "monthly-message"}); at most 32
     * @param version the stored version: 0 for a participant never stored
     */
    public Participant {
        Checks.present(program, "program");
        Checks.present(person, "person");
        Checks.present(role, "role");
        Checks.present(preferredChannel, "preferredChannel");
        Checks.locale(locale, "locale");
        Checks.zone(zone, "zone");
        Checks.present(status, "status");
        Checks.date(enrolledOn, "enrolledOn");
        optOuts = Checks.set(optOuts, "optOuts", 32);
        for (String kind : optOuts) {
            Checks.text(kind, "optOuts[]", 64);
        }
        Checks.notNegative(version, "version");
    }

    /** @return a builder: ACTIVE, e-mail, French, Europe/Paris, no opt-out, version 0 unless set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this participant's values */
    public Builder toBuilder() {
        return new Builder().program(program).person(person).role(role).preferredChannel(preferredChannel)
                .locale(locale).zone(zone).status(status).enrolledOn(enrolledOn).optOuts(optOuts).version(version);
    }

    /** @return whether the participant receives messages and invitations */
    public boolean isActive() {
        return status == ParticipantStatus.ACTIVE;
    }

    /**
     * @param newVersion the version
     * @return this participant with another version; stores use it to return what they stored
     */
    @Override
    public Participant withVersion(long newVersion) {
        return toBuilder().version(newVersion).build();
    }

    /** Builds a {@link Participant}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder {
        private @Nullable ProgramId program;
        private @Nullable PersonId person;
        private @Nullable Role role;
        private Channel preferredChannel = Channel.EMAIL;
        private Locale locale = Locale.FRENCH;
        private ZoneId zone = ZoneId.of("Europe/Paris");
        private ParticipantStatus status = ParticipantStatus.ACTIVE;
        private @Nullable LocalDate enrolledOn;
        private Set<String> optOuts = Set.of();
        private long version;

        private Builder() {}

        /**
         * @param value the program
         * @return this builder
         */
        public Builder program(ProgramId value) { this.program = value; return this; }

        /**
         * @param value the person
         * @return this builder
         */
        public Builder person(PersonId value) { this.person = value; return this; }

        /**
         * @param value the role
         * @return this builder
         */
        public Builder role(Role value) { this.role = value; return this; }

        /**
         * @param value the preferred channel
         * @return this builder
         */
        public Builder preferredChannel(Channel value) { this.preferredChannel = value; return this; }

        /**
         * @param value the language
         * @return this builder
         */
        public Builder locale(Locale value) { this.locale = value; return this; }

        /**
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) { this.zone = value; return this; }

        /**
         * @param value an IANA zone id
         * @return this builder
         */
        public Builder zone(String value) { this.zone = Checks.zone(value, "zone"); return this; }

        /**
         * @param value the status
         * @return this builder
         */
        public Builder status(ParticipantStatus value) { this.status = value; return this; }

        /**
         * @param value the enrolment day
         * @return this builder
         */
        public Builder enrolledOn(LocalDate value) { this.enrolledOn = value; return this; }

        /**
         * @param value message kinds opted out of
         * @return this builder
         */
        public Builder optOuts(Set<String> value) { this.optOuts = value; return this; }

        /**
         * @param value the stored version
         * @return this builder
         */
        public Builder version(long value) { this.version = value; return this; }

        /**
         * @return the participant
         * @throws io.elan.mentoring.spi.InvalidValueException naming the field
         */
        public Participant build() {
            return new Participant(program, person, role, preferredChannel, locale, zone, status, enrolledOn, optOuts,
                    version);
        }
    }
}
